namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// One record's demographics filed under one blocking key for one person (Cosmos <c>blocks</c>, partition =
/// <see cref="BlockKey"/>). Carries what scoring and the exclusion rules need, so a candidate costs no extra read.
/// </summary>
/// <param name="Fingerprint">Of the demographics: a person's variants (a typo, a new address) are kept side by side,
/// and re-filing the same record is an idempotent overwrite.</param>
/// <param name="Source">The org whose record this was (a board or council code).</param>
public sealed record BlockEntry(
    string BlockKey,
    string PersonId,
    string Fingerprint,
    MatchRecord Demographics,
    string? Chi,
    string Source,
    string? Ia);
