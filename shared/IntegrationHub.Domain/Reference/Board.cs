namespace IntegrationHub.Domain.Reference;

public sealed record Board(string Code, string Name, IReadOnlyList<string> IaCodes);
