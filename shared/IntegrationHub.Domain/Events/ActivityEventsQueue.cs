using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Events;

/// <summary>
/// Asks for a person's unsent events to be sent (the <c>activity-events</c> queue), at once or after a delay.
/// The projection calls it after recording the events; the sender, to come back after an outage.
/// </summary>
public sealed class ActivityEventsQueue(IWorkQueue queue, IActivityEventSender sender)
{
    public bool Enabled => sender.Enabled;

    public Task RequestAsync(string personId, string? traceParent, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(QueueNames.ActivityEvents, new ActivityEventsMessage(personId, TraceParent: traceParent).ToJson(), TimeSpan.Zero, cancellationToken);

    public Task RequestLaterAsync(ActivityEventsMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        queue.EnqueueAsync(QueueNames.ActivityEvents, message.ToJson(), delay, cancellationToken);
}
