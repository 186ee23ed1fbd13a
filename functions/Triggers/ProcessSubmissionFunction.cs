using IntegrationHub.Domain.Submissions;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Queue trigger on <c>ingest</c>: adapts the message to <see cref="ProcessSubmissionHandler"/>.</summary>
public sealed class ProcessSubmissionFunction(ProcessSubmissionHandler handler, ILogger<ProcessSubmissionFunction> logger) : ITriggeredFunction
{
    public string Name => "ProcessSubmission";

    public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var message = request.Binding("message") is { } element ? SubmissionMessage.FromJson(element) : null;
        if (message is null)
        {
            // Retrying cannot make an unreadable message readable; log it and let it go.
            logger.LogError("ProcessSubmission received a message without a submissionId; dropped");
            return Task.CompletedTask;
        }

        return handler.HandleAsync(message, cancellationToken);
    }
}
