using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Triggers;

/// <summary>
/// Queue trigger on <c>ingest-poison</c>: a submission whose processing failed maxDequeueCount times is marked
/// <c>failed</c> with the reason, so the sender sees it in the status API instead of waiting forever.
/// </summary>
public sealed class ProcessSubmissionPoisonFunction(ProcessSubmissionHandler handler) : ITriggeredFunction
{
    public string Name => "ProcessSubmissionPoison";

    public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var message = request.Binding("message") is { } element ? SubmissionMessage.FromJson(element) : null;
        return message is null
            ? Task.CompletedTask
            : handler.MarkFailedAsync(
                message.SubmissionId,
                Issue.Error("exception", string.Empty, "Processing failed repeatedly and was stopped; the landed body is kept and the submission can be re-sent or replayed by an operator."),
                cancellationToken);
    }
}
