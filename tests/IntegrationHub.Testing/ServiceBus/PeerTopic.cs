namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// A topic of the peer: duplicate detection on MessageId over the peer's whole life (the hub's topic keeps a window
/// of a day or more), then each message offered to every subscription, whose filter decides. Everything that
/// arrived, duplicates included, is kept in <see cref="Arrivals"/> so tests can see resends.
/// </summary>
public sealed class PeerTopic(string name, IEnumerable<PeerSubscription> subscriptions)
{
    private readonly Dictionary<string, PeerSubscription> byName = subscriptions.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> seenIds = new(StringComparer.Ordinal);
    private readonly List<PeerMessage> arrivals = [];

    public string Name => name;

    public IReadOnlyCollection<PeerSubscription> Subscriptions => byName.Values;

    public PeerSubscription Subscription(string subscription) => byName[subscription];

    public bool TryGetSubscription(string subscription, out PeerSubscription? found) => byName.TryGetValue(subscription, out found);

    /// <summary>Every message accepted, in arrival order, duplicates included.</summary>
    public IReadOnlyList<PeerMessage> Arrivals
    {
        get
        {
            lock (arrivals)
            {
                return [.. arrivals];
            }
        }
    }

    /// <summary>Records the messages of one transfer (a batch is one transfer) and fans the new ones out.</summary>
    internal void Accept(IReadOnlyList<PeerMessage> messages)
    {
        lock (arrivals)
        {
            foreach (var message in messages)
            {
                arrivals.Add(message);
                if (message.MessageId is { } id && !seenIds.Add(id))
                {
                    continue;
                }

                foreach (var subscription in byName.Values)
                {
                    subscription.Offer(message);
                }
            }
        }
    }
}
