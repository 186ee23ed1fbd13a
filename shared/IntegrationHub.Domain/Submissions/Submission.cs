using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// What the hub knows of one accepted push. <see cref="Id"/> is derived from the org and the idempotency
/// key (or the body hash), so a retry of the same request lands on the same document.
/// </summary>
public sealed record Submission
{
    public required string Id { get; init; }

    public required string Org { get; init; }

    public required SubmissionKind Kind { get; init; }

    public required SubmissionStatus Status { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Where the raw body was landed, relative to the landing container.</summary>
    public required string LandingPath { get; init; }

    public required string BodySha256 { get; init; }

    public required long BodyLength { get; init; }

    public string? ContentType { get; init; }

    public string? IdempotencyKey { get; init; }

    public SubmissionCounts Counts { get; init; } = SubmissionCounts.None;

    public IReadOnlyList<Issue> Issues { get; init; } = [];

    /// <summary>Optimistic concurrency token of the stored document; null before it is stored.</summary>
    public string? ETag { get; init; }
}
