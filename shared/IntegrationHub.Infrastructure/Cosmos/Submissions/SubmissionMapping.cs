using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

internal static class SubmissionMapping
{
    public static SubmissionDocument ToDocument(this Submission s) => new()
    {
        Id = s.Id,
        Org = s.Org,
        Kind = s.Kind.ToContract(),
        Status = s.Status.ToContract(),
        ReceivedAt = s.ReceivedAt,
        CompletedAt = s.CompletedAt,
        LandingPath = s.LandingPath,
        BodySha256 = s.BodySha256,
        BodyLength = s.BodyLength,
        ContentType = s.ContentType,
        IdempotencyKey = s.IdempotencyKey,
        Counts = s.Counts,
        Issues = [.. s.Issues.Select(IssueDocument.From)],
    };

    public static Submission ToSubmission(this SubmissionDocument d, string? etag) => new()
    {
        Id = d.Id,
        Org = d.Org,
        Kind = d.Kind == "fhir" ? SubmissionKind.Fhir : SubmissionKind.SocialCare,
        Status = d.Status switch
        {
            "accepted" => SubmissionStatus.Accepted,
            "processing" => SubmissionStatus.Processing,
            "completed" => SubmissionStatus.Completed,
            "completed-with-errors" => SubmissionStatus.CompletedWithErrors,
            "failed" => SubmissionStatus.Failed,
            _ => throw new InvalidOperationException($"unknown submission status '{d.Status}' on {d.Id}"),
        },
        ReceivedAt = d.ReceivedAt,
        CompletedAt = d.CompletedAt,
        LandingPath = d.LandingPath,
        BodySha256 = d.BodySha256,
        BodyLength = d.BodyLength,
        ContentType = d.ContentType,
        IdempotencyKey = d.IdempotencyKey,
        Counts = d.Counts,
        Issues = [.. d.Issues.Select(i => i.ToIssue())],
        ETag = etag,
    };
}
