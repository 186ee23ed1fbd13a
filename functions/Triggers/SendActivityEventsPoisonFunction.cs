using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>
/// Queue trigger on <c>activity-events-poison</c>: a person's events that Service Bus kept refusing (maxDequeueCount
/// times; outages never get here) are set aside with the reason, so the person's later events flow again.
/// </summary>
public sealed class SendActivityEventsPoisonFunction(SendActivityEventsHandler handler)
{
    [Function("SendActivityEventsPoison")]
    public Task RunAsync([QueueTrigger(QueueNames.ActivityEvents + "-poison", Connection = "Storage")] string message, CancellationToken cancellationToken) =>
        QueueMessageJson.Read(message, ActivityEventsMessage.FromJson) is not { } events
            ? Task.CompletedTask
            : handler.MarkPoisonedAsync(events.PersonId, cancellationToken);
}
