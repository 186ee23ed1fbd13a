using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>
/// Queue trigger on <c>ingest-poison</c>: a submission whose processing failed maxDequeueCount times is marked
/// <c>failed</c> with the reason, so the sender sees it in the status API instead of waiting forever.
/// </summary>
public sealed class ProcessSubmissionPoisonFunction(ProcessSubmissionHandler handler)
{
    [Function("ProcessSubmissionPoison")]
    public Task RunAsync([QueueTrigger(QueueNames.Ingest + "-poison", Connection = "Storage")] string message, CancellationToken cancellationToken) =>
        QueueMessageJson.Read(message, SubmissionMessage.FromJson) is not { } submission
            ? Task.CompletedTask
            : handler.MarkFailedAsync(
                submission.SubmissionId,
                Issue.Error("exception", string.Empty, "Processing failed repeatedly and was stopped; the landed body is kept and the submission can be re-sent or replayed by an operator."),
                cancellationToken);
}
