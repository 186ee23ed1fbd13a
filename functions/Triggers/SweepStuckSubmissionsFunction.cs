using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>
/// Timer, every five minutes: re-enqueues submissions stuck in <c>accepted</c> or <c>processing</c> for longer than
/// <see cref="StuckSubmissionSweeper.DefaultStuckAfter"/>, so nothing accepted waits forever for a lost message.
/// </summary>
public sealed class SweepStuckSubmissionsFunction(StuckSubmissionSweeper sweeper)
{
    [Function("SweepStuckSubmissions")]
    public Task RunAsync([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(StuckSubmissionSweeper.DefaultStuckAfter, cancellationToken);
}
