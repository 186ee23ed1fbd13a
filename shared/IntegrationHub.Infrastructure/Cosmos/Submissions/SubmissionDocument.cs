using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

/// <summary>The stored shape of a submission (container <c>submissions</c>, partition key <c>/id</c>).</summary>
public sealed record SubmissionDocument
{
    public const string DocumentType = "submission";
    public const int SchemaVersion = 1;

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public int Version { get; init; } = SchemaVersion;

    public required string Org { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public required string LandingPath { get; init; }

    public required string BodySha256 { get; init; }

    public long BodyLength { get; init; }

    public string? ContentType { get; init; }

    public string? IdempotencyKey { get; init; }

    public SubmissionCounts Counts { get; init; } = SubmissionCounts.None;

    public IReadOnlyList<IssueDocument> Issues { get; init; } = [];
}
