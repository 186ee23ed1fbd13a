namespace IntegrationHub.Domain.Linkage;

/// <summary>The demographics a record offers for probabilistic matching when no identifier resolves it.</summary>
public sealed record MatchRecord(string? Family, string? Given, DateOnly? BirthDate, string? Sex, string? Postcode);
