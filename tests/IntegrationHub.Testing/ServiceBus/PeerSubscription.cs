namespace IntegrationHub.Testing.ServiceBus;

/// <summary>A subscription of the peer's topic: the messages its filter let in, in arrival order.</summary>
public sealed class PeerSubscription(string name, SqlEqualsFilter filter)
{
    private readonly List<PeerMessage> messages = [];

    /// <summary>Raised (outside the lock) after a message is added, so waiting receivers are served.</summary>
    internal event Action? Arrived;

    public string Name => name;

    public SqlEqualsFilter Filter => filter;

    public IReadOnlyList<PeerMessage> Messages
    {
        get
        {
            lock (messages)
            {
                return [.. messages];
            }
        }
    }

    internal void Offer(PeerMessage message)
    {
        if (filter.Matches(message.Properties))
        {
            lock (messages)
            {
                messages.Add(message);
            }

            Arrived?.Invoke();
        }
    }

    /// <summary>An abandoned or unsettled message goes back to the front, as its lock ends.</summary>
    internal void Return(PeerMessage message)
    {
        lock (messages)
        {
            messages.Insert(0, message);
        }

        Arrived?.Invoke();
    }

    /// <summary>Removes and returns up to <paramref name="max"/> messages (what a receive-and-delete receiver takes).</summary>
    internal IReadOnlyList<PeerMessage> Take(int max)
    {
        lock (messages)
        {
            var taken = messages.Take(max).ToList();
            messages.RemoveRange(0, taken.Count);
            return taken;
        }
    }
}
