using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Reviews;

namespace IntegrationHub.Infrastructure.Cosmos.Linkage;

/// <summary>A review item (container <c>reviews</c>, partition = <c>ia</c>).</summary>
public sealed record ReviewDocument
{
    public required string Id { get; init; }

    public required string Ia { get; init; }

    public string Type { get; init; } = "review";

    public int Version { get; init; } = 1;

    public required string Status { get; init; }

    public required string RecordPersonId { get; init; }

    public required string CandidatePersonId { get; init; }

    public required MatchRecord Record { get; init; }

    public required string RecordSource { get; init; }

    public string? RecordChi { get; init; }

    public IReadOnlyList<string> RecordKeys { get; init; } = [];

    public required MatchRecord Candidate { get; init; }

    public required string CandidateSource { get; init; }

    public double Probability { get; init; }

    public IReadOnlyDictionary<string, string> Comparison { get; init; } = new Dictionary<string, string>();

    public required string Reason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Decision { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public static ReviewDocument From(ReviewItem r) => new()
    {
        Id = r.Id,
        Ia = r.Ia,
        Status = r.Status,
        RecordPersonId = r.RecordPersonId,
        CandidatePersonId = r.CandidatePersonId,
        Record = r.Record,
        RecordSource = r.RecordSource,
        RecordChi = r.RecordChi,
        RecordKeys = r.RecordKeys,
        Candidate = r.Candidate,
        CandidateSource = r.CandidateSource,
        Probability = r.Probability,
        Comparison = r.Comparison,
        Reason = r.Reason,
        CreatedAt = r.CreatedAt,
        Decision = r.Decision,
        DecidedBy = r.DecidedBy,
        DecidedAt = r.DecidedAt,
    };

    public ReviewItem ToItem(string? etag) => new()
    {
        Id = Id,
        Ia = Ia,
        Status = Status,
        RecordPersonId = RecordPersonId,
        CandidatePersonId = CandidatePersonId,
        Record = Record,
        RecordSource = RecordSource,
        RecordChi = RecordChi,
        RecordKeys = RecordKeys,
        Candidate = Candidate,
        CandidateSource = CandidateSource,
        Probability = Probability,
        Comparison = Comparison,
        Reason = Reason,
        CreatedAt = CreatedAt,
        Decision = Decision,
        DecidedBy = DecidedBy,
        DecidedAt = DecidedAt,
        ETag = etag,
    };
}
