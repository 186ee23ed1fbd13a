using IntegrationHub.Domain.Quality;

namespace IntegrationHub.Infrastructure.Cosmos.Quality;

/// <summary>The stored shape of a submission's quality record (container <c>quality</c>, partition key <c>/month</c>).</summary>
public sealed record SubmissionQualityDocument
{
    public const string DocumentType = "submission-quality";
    public const int SchemaVersion = 1;

    /// <summary>The submission's id: a rerun of the same submission replaces its record.</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public int Version { get; init; } = SchemaVersion;

    public required string Month { get; init; }

    public required string Org { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public int Entries { get; init; }

    public int Rejected { get; init; }

    public IReadOnlyDictionary<string, int> IssuesByCode { get; init; } = new Dictionary<string, int>();

    public IdentifierCounts Identifiers { get; init; } = IdentifierCounts.None;

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    public static SubmissionQualityDocument From(SubmissionQuality q) => new()
    {
        Id = q.SubmissionId,
        Month = q.Month,
        Org = q.Org,
        Kind = q.Kind,
        Status = q.Status,
        Entries = q.Entries,
        Rejected = q.Rejected,
        IssuesByCode = q.IssuesByCode,
        Identifiers = q.Identifiers,
        ReceivedAt = q.ReceivedAt,
        CompletedAt = q.CompletedAt,
    };

    public SubmissionQuality ToQuality() => new(Id, Org, Month, Kind, Status, Entries, Rejected, IssuesByCode, Identifiers, ReceivedAt, CompletedAt);
}
