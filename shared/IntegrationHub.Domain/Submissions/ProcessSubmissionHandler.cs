using System.Diagnostics;
using IntegrationHub.Domain.Quality;
using IntegrationHub.Domain.Telemetry;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// Runs one <c>ingest</c> message. Any exception leaves the message to be retried by the queue; a finished
/// submission is never processed twice, so duplicate messages are harmless.
/// </summary>
public sealed class ProcessSubmissionHandler(
    ISubmissionStore submissions,
    ILandingStore landing,
    IEnumerable<ISubmissionProcessor> processors,
    ISubmissionQualityLog quality,
    TimeProvider time,
    ILogger<ProcessSubmissionHandler> logger)
{
    public async Task HandleAsync(SubmissionMessage message, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.StartFromMessage(HubSpans.Process, message.TraceParent);
        span?.SetTag(HubTags.SubmissionId, message.SubmissionId);

        // Every line of the run (processors, linker, stores) carries the submission and its trace.
        using var scope = logger.BeginScope(RunScope.For(message.SubmissionId));
        var submission = await submissions.GetAsync(message.SubmissionId, cancellationToken);
        if (submission is null)
        {
            span?.SetTag(HubTags.Outcome, "unknown");
            logger.LogWarning("Ingest message names unknown submission {SubmissionId}; dropped", message.SubmissionId);
            return;
        }

        span?.SetTag(HubTags.Org, submission.Org).SetTag(HubTags.Kind, submission.Kind.ToContract());
        if (submission.Status.IsFinished())
        {
            span?.SetTag(HubTags.Outcome, "duplicate");
            logger.LogInformation("Submission {SubmissionId} already {Status}; duplicate message ignored", submission.Id, submission.Status);
            return;
        }

        var processor = processors.FirstOrDefault(p => p.Kind == submission.Kind)
            ?? throw new InvalidOperationException($"no processor registered for {submission.Kind}");

        submission = await TransitionAsync(submission, s => s with { Status = SubmissionStatus.Processing }, cancellationToken);
        if (submission.Status.IsFinished())
        {
            return;
        }

        ProcessingOutcome outcome;
        await using (var body = await landing.OpenAsync(submission.LandingPath, cancellationToken))
        {
            outcome = await processor.ProcessAsync(submission, body, cancellationToken);
        }

        // The quality record before the submission is marked finished: a crash between the two is retried and
        // rewrites the same record, where the other order could lose it for good.
        var completedAt = time.GetUtcNow();
        await quality.RecordAsync(SubmissionQuality.Of(submission, outcome.Status, outcome.Counts, outcome.Issues, outcome.Identifiers, completedAt), cancellationToken);
        var finished = await TransitionAsync(
            submission,
            s => s with
            {
                Status = outcome.Status,
                Counts = outcome.Counts,
                Issues = outcome.Issues,
                CompletedAt = completedAt,
            },
            cancellationToken);
        Describe(span, finished);
        SubmissionMetrics.Finished(finished);
        // The one line of the submission's outcome.
        logger.Log(
            finished.Status == SubmissionStatus.Failed ? LogLevel.Warning : LogLevel.Information,
            "Submission {SubmissionId} from {Org} {Status}: {Entries} entries, {Rejected} rejected",
            finished.Id,
            finished.Org,
            finished.Status.ToContract(),
            finished.Counts.Entries,
            finished.Counts.Rejected);
    }

    /// <summary>
    /// Marks a submission failed with a reason, e.g. when its message went to the poison queue.
    /// </summary>
    public async Task MarkFailedAsync(string submissionId, Common.Issue reason, CancellationToken cancellationToken)
    {
        var submission = await submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null || submission.Status.IsFinished())
        {
            return;
        }

        using var scope = logger.BeginScope(RunScope.For(submissionId));
        var completedAt = time.GetUtcNow();
        await quality.RecordAsync(SubmissionQuality.Of(submission, SubmissionStatus.Failed, submission.Counts, [.. submission.Issues, reason], IdentifierCounts.None, completedAt), cancellationToken);
        var failed = await TransitionAsync(
            submission,
            s => s with { Status = SubmissionStatus.Failed, Issues = [.. s.Issues, reason], CompletedAt = completedAt },
            cancellationToken);
        if (failed.Status == SubmissionStatus.Failed)
        {
            SubmissionMetrics.Finished(failed);
            logger.LogWarning(
                "Submission {SubmissionId} from {Org} {Status}: {Entries} entries, {Rejected} rejected",
                failed.Id,
                failed.Org,
                failed.Status.ToContract(),
                failed.Counts.Entries,
                failed.Counts.Rejected);
        }
    }

    private static void Describe(Activity? span, Submission finished)
    {
        var counts = finished.Counts;
        span?.SetTag(HubTags.Outcome, finished.Status.ToContract())
            .SetTag(HubTags.Entries, counts.Entries)
            .SetTag(HubTags.Accepted, counts.Accepted)
            .SetTag(HubTags.Rejected, counts.Rejected)
            .SetTag(HubTags.People, counts.People)
            .SetTag(HubTags.NewPeople, counts.NewPeople)
            .SetTag(HubTags.Activities, counts.Activities);
        if (finished.Status == SubmissionStatus.Failed)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
    }

    private async Task<Submission> TransitionAsync(Submission current, Func<Submission, Submission> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var replaced = await submissions.TryReplaceAsync(change(current), cancellationToken);
            if (replaced is not null)
            {
                return replaced;
            }

            // Someone else moved it on (a duplicate message on another worker): take theirs and decide again.
            current = await submissions.GetAsync(current.Id, cancellationToken)
                ?? throw new InvalidOperationException($"submission {current.Id} vanished");
            if (current.Status.IsFinished())
            {
                return current;
            }
        }
    }
}
