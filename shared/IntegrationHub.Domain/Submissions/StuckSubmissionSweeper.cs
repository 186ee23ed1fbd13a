using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// The recovery path of DESIGN §4: a submission can stay <c>accepted</c> or <c>processing</c> only if its ingest
/// message was lost (a crash between recording it and enqueuing, a storage failure that lost the message while it
/// was being processed, or a message deleted by hand). Re-enqueuing is safe because
/// processing ignores finished submissions and is idempotent, so a message that was merely slow costs nothing.
/// </summary>
public sealed class StuckSubmissionSweeper(
    IStuckSubmissionFinder finder,
    ISubmissionStore submissions,
    IWorkQueue queue,
    TimeProvider time,
    ILogger<StuckSubmissionSweeper> logger)
{
    /// <summary>
    /// Longer than a whole retry cycle of one message (maxDequeueCount 5 × visibility timeout 30 s), so a
    /// submission still being retried is not re-enqueued on top of its own message.
    /// </summary>
    public static readonly TimeSpan DefaultStuckAfter = TimeSpan.FromMinutes(10);

    /// <summary>Re-enqueues every submission still <c>accepted</c> or <c>processing</c> that was received more than <paramref name="stuckAfter"/> ago; returns their ids.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(TimeSpan stuckAfter, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - stuckAfter;
        var requeued = new List<string>();
        await foreach (var id in finder.FindUnfinishedAsync(cutoff, cancellationToken))
        {
            // The finder's view may be stale (or, in Azure, an index that lags); the point read is the truth.
            var submission = await submissions.GetAsync(id, cancellationToken);
            if (submission is null || submission.Status is not (SubmissionStatus.Accepted or SubmissionStatus.Processing) || submission.ReceivedAt > cutoff)
            {
                continue;
            }

            await queue.EnqueueAsync(QueueNames.Ingest, new SubmissionMessage(id).ToJson(), cancellationToken);
            requeued.Add(id);
        }

        if (requeued.Count > 0)
        {
            logger.LogWarning("Re-enqueued {Count} submissions unfinished for over {StuckAfter}: {Ids}", requeued.Count, stuckAfter, string.Join(", ", requeued));
        }

        return requeued;
    }
}
