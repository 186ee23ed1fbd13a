using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Events;

/// <summary>
/// Sends feed entries as live IA activity events (CONTRACT §5: the Service Bus topic). The infrastructure sends;
/// the domain decides what and when.
/// </summary>
public interface IActivityEventSender
{
    /// <summary>False when no event channel is configured: nothing is recorded for sending and nothing is sent.</summary>
    bool Enabled { get; }

    /// <summary>
    /// Sends the first entries, in order, as one batch (as many as fit) and returns how many were sent (at least
    /// one). Throws <see cref="ActivityEventsUnavailableException"/> when the channel cannot be reached; any other
    /// exception means the entries were refused.
    /// </summary>
    Task<int> SendBatchAsync(IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken);
}
