namespace IntegrationHub.Domain.Events;

/// <summary>
/// How long a person's events wait after the channel was found down: doubling from <see cref="First"/> up to
/// <see cref="Max"/>, so a long outage costs one attempt per person every <see cref="Max"/>, not a retry storm.
/// </summary>
public sealed record ActivityEventsBackOff(TimeSpan First, TimeSpan Max)
{
    public static ActivityEventsBackOff Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

    public TimeSpan Delay(int outages)
    {
        var delay = First * Math.Pow(2, Math.Min(outages, 20));
        return delay > Max ? Max : delay;
    }
}
