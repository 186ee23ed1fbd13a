using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Online;

namespace IntegrationHub.Infrastructure.Cosmos.Linkage;

/// <summary>One filed record under one blocking key (container <c>blocks</c>, partition = <c>blockKey</c>).</summary>
public sealed record BlockDocument
{
    public required string Id { get; init; }

    public required string BlockKey { get; init; }

    public string Type { get; init; } = "block";

    public int Version { get; init; } = 1;

    public required string PersonId { get; init; }

    public required string Fingerprint { get; init; }

    public required MatchRecord Demographics { get; init; }

    public string? Chi { get; init; }

    public required string Source { get; init; }

    public string? Ia { get; init; }

    public static string IdOf(string personId, string fingerprint) => personId + "|" + fingerprint;

    public static BlockDocument From(BlockEntry e) => new()
    {
        Id = IdOf(e.PersonId, e.Fingerprint),
        BlockKey = e.BlockKey,
        PersonId = e.PersonId,
        Fingerprint = e.Fingerprint,
        Demographics = e.Demographics,
        Chi = e.Chi,
        Source = e.Source,
        Ia = e.Ia,
    };

    public BlockEntry ToEntry() => new(BlockKey, PersonId, Fingerprint, Demographics, Chi, Source, Ia);
}
