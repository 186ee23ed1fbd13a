using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Queue trigger on <c>activity-events</c>: adapts the message to <see cref="SendActivityEventsHandler"/>.</summary>
public sealed class SendActivityEventsFunction(SendActivityEventsHandler handler, ILogger<SendActivityEventsFunction> logger)
{
    [Function("SendActivityEvents")]
    public Task RunAsync([QueueTrigger(QueueNames.ActivityEvents, Connection = "Storage")] string message, CancellationToken cancellationToken)
    {
        if (QueueMessageJson.Read(message, ActivityEventsMessage.FromJson) is not { } events)
        {
            logger.LogError("SendActivityEvents received a message without a personId; dropped");
            return Task.CompletedTask;
        }

        return handler.HandleAsync(events, cancellationToken);
    }
}
