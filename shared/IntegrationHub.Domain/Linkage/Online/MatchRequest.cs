namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>A record no identifier resolved, with what the exclusion rules need besides its demographics.</summary>
/// <param name="Chi">The record's usable CHI, if any: a candidate holding another CHI is never the same person.</param>
/// <param name="Source">The org sending it: a candidate the same org already knows under another id is only ever reviewed.</param>
/// <param name="Ia">The IA the record belongs to, which owns any review it raises.</param>
public sealed record MatchRequest(MatchRecord Demographics, string? Chi, string Source, string? Ia);
