using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Queue trigger on <c>ingest</c>: adapts the message to <see cref="ProcessSubmissionHandler"/>.</summary>
public sealed class ProcessSubmissionFunction(ProcessSubmissionHandler handler, ILogger<ProcessSubmissionFunction> logger)
{
    [Function("ProcessSubmission")]
    public Task RunAsync([QueueTrigger(QueueNames.Ingest, Connection = "Storage")] string message, CancellationToken cancellationToken)
    {
        if (QueueMessageJson.Read(message, SubmissionMessage.FromJson) is not { } submission)
        {
            // Retrying cannot make an unreadable message readable; log it and let it go.
            logger.LogError("ProcessSubmission received a message without a submissionId; dropped");
            return Task.CompletedTask;
        }

        return handler.HandleAsync(submission, cancellationToken);
    }
}
