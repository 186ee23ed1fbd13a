using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// The accept path: land the raw body (write-once), record the submission, enqueue it. Each step is safe to
/// repeat, so a client retry or a crash between steps never loses or duplicates a submission.
/// </summary>
public sealed class AcceptSubmissionHandler(
    ILandingStore landing,
    ISubmissionStore submissions,
    IWorkQueue queue,
    TimeProvider time)
{
    public async Task<AcceptSubmissionResult> HandleAsync(AcceptSubmissionCommand command, CancellationToken cancellationToken)
    {
        var id = SubmissionIds.For(command.Org, command.Kind, command.IdempotencyKey, command.BodySha256);
        using var span = HubTelemetry.Source.StartActivity(HubSpans.Accept);
        span?.SetTag(HubTags.SubmissionId, id).SetTag(HubTags.Org, command.Org).SetTag(HubTags.Kind, command.Kind.ToContract());
        var result = await AcceptAsync(id, command, cancellationToken);
        span?.SetTag(HubTags.Outcome, result.IsRetry ? "retry" : "accepted");
        return result;
    }

    private async Task<AcceptSubmissionResult> AcceptAsync(string id, AcceptSubmissionCommand command, CancellationToken cancellationToken)
    {
        var existing = await submissions.GetAsync(id, cancellationToken);
        if (existing is not null)
        {
            await RequeueIfStillWaitingAsync(existing, cancellationToken);
            return new AcceptSubmissionResult(existing, IsRetry: true);
        }

        var receivedAt = time.GetUtcNow();
        var landingPath = SubmissionIds.LandingPath(command.Kind, command.Org, receivedAt, id, command.BodySha256);
        command.Body.Position = 0;
        await landing.LandAsync(landingPath, command.Body, command.ContentType, cancellationToken);

        var created = await submissions.CreateAsync(
            new Submission
            {
                Id = id,
                Org = command.Org,
                Kind = command.Kind,
                Status = SubmissionStatus.Accepted,
                ReceivedAt = receivedAt,
                LandingPath = landingPath,
                BodySha256 = command.BodySha256,
                BodyLength = command.BodyLength,
                ContentType = command.ContentType,
                IdempotencyKey = command.IdempotencyKey,
            },
            cancellationToken);

        if (!created.Created)
        {
            // A concurrent identical request won the race; it owns the enqueue, but a second message is harmless.
            await RequeueIfStillWaitingAsync(created.Submission, cancellationToken);
            return new AcceptSubmissionResult(created.Submission, IsRetry: true);
        }

        await queue.EnqueueAsync(QueueNames.Ingest, new SubmissionMessage(id, HubTelemetry.CurrentTraceParent()).ToJson(), cancellationToken);
        SubmissionMetrics.Accepted(created.Submission);
        return new AcceptSubmissionResult(created.Submission, IsRetry: false);
    }

    /// <summary>
    /// A submission still <c>accepted</c> may have been recorded by an attempt that crashed before its enqueue;
    /// processing is idempotent, so enqueuing again is the cheap way to make sure it is not stranded.
    /// </summary>
    private Task RequeueIfStillWaitingAsync(Submission submission, CancellationToken cancellationToken) =>
        submission.Status == SubmissionStatus.Accepted
            ? queue.EnqueueAsync(QueueNames.Ingest, new SubmissionMessage(submission.Id, HubTelemetry.CurrentTraceParent()).ToJson(), cancellationToken)
            : Task.CompletedTask;
}
