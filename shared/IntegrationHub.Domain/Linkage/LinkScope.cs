namespace IntegrationHub.Domain.Linkage;

/// <summary>Who sent a record and which IA it belongs to: what the matcher's exclusion rules and a review need besides demographics.</summary>
/// <param name="Source">The sending board or council code.</param>
/// <param name="Ia">The IA of the record (residence or sending council); null when it cannot be told.</param>
public sealed record LinkScope(string Source, string? Ia);
