using IntegrationHub.Domain.Submissions;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Triggers;

/// <summary>
/// Timer, every five minutes: re-enqueues submissions stuck in <c>accepted</c> or <c>processing</c> for longer than
/// <see cref="StuckSubmissionSweeper.DefaultStuckAfter"/>, so nothing accepted waits forever for a lost message.
/// </summary>
public sealed class SweepStuckSubmissionsFunction(StuckSubmissionSweeper sweeper) : ITriggeredFunction
{
    public string Name => "SweepStuckSubmissions";

    public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(StuckSubmissionSweeper.DefaultStuckAfter, cancellationToken);
}
