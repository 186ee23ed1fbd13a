using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// A record made ready for the matcher once: normalised, its blocking keys, the fingerprint it is filed under and
/// its exact-demographics key. Looking up, racing and filing all use this one preparation.
/// </summary>
/// <param name="BlockKeys">Empty when the record has too few demographics to match on; it is then neither looked up nor filed.</param>
/// <param name="ExactKey">Null when the record is too thin for exact agreement to mean much (no surname, forename or birth date).</param>
public sealed record MatchSubject(MatchRequest Request, PreparedRecord Record, IReadOnlyList<string> BlockKeys, string Fingerprint, string? ExactKey);
