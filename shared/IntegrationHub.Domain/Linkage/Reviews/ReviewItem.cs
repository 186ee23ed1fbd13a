using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>
/// An uncertain match for a LinkageReviewer of <see cref="Ia"/> (Cosmos <c>reviews</c>, partition = IA). The record
/// was kept as a new person (<see cref="RecordPersonId"/>) so nothing waits on the reviewer; "same-person" merges
/// it into <see cref="CandidatePersonId"/>. Identifiable by design: reviewers must see both sides to decide.
/// </summary>
public sealed record ReviewItem
{
    public const string Open = "open";
    public const string Decided = "decided";

    public required string Id { get; init; }

    public required string Ia { get; init; }

    public required string Status { get; init; }

    public required string RecordPersonId { get; init; }

    public required string CandidatePersonId { get; init; }

    public required MatchRecord Record { get; init; }

    public required string RecordSource { get; init; }

    /// <summary>The record's usable CHI, needed to move its filed demographics on a merge.</summary>
    public string? RecordChi { get; init; }

    /// <summary>The request the record was matched with, rebuilt (a merge moves what it filed).</summary>
    public MatchRequest RecordRequest => new(Record, RecordChi, RecordSource, Ia == UnresolvedIa ? null : Ia);

    /// <summary>The record's identifier keys: a merge re-points them to the surviving person.</summary>
    public IReadOnlyList<string> RecordKeys { get; init; } = [];

    public required MatchRecord Candidate { get; init; }

    public required string CandidateSource { get; init; }

    public required double Probability { get; init; }

    /// <summary>Per field, how the two agreed ("given: alias", "birthDate: day-month-swap", …).</summary>
    public required IReadOnlyDictionary<string, string> Comparison { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? Decision { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? ETag { get; init; }

    /// <summary>One item per pair of people, whichever record raised it and however often.</summary>
    public static string IdFor(string recordPersonId, string candidatePersonId) =>
        "rv-" + StableHash.Hex(IdentifierKeys.Distinct(recordPersonId, candidatePersonId), 12);

    /// <summary>Where a record whose IA cannot be told, matched to a person whose IA cannot either, waits (Admin reads it).</summary>
    public const string UnresolvedIa = "unresolved";

    public static ReviewItem From(MatchOutcome outcome, MatchRequest request, IReadOnlyList<string> keys, string recordPersonId, DateTimeOffset now)
    {
        var best = outcome.Best!;
        var candidate = best.Entry;
        return new ReviewItem
        {
            Id = IdFor(recordPersonId, candidate.PersonId),
            Ia = request.Ia ?? candidate.Ia ?? UnresolvedIa,
            Status = Open,
            RecordPersonId = recordPersonId,
            CandidatePersonId = candidate.PersonId,
            Record = request.Demographics,
            RecordSource = request.Source,
            RecordChi = request.Chi,
            RecordKeys = keys,
            Candidate = candidate.Demographics,
            CandidateSource = candidate.Source,
            Probability = Math.Round(outcome.Probability, 4),
            Comparison = LinkField.Names.Select((name, field) => (name, field)).ToDictionary(f => f.name, f => LinkField.Levels[f.field][best.Levels[f.field]], StringComparer.Ordinal),
            Reason = outcome.Reason,
            CreatedAt = now,
        };
    }
}
