namespace IntegrationHub.Domain.Reference;

public sealed record IntegrationAuthority(string Code, string Name, IReadOnlyList<Council> Councils, IReadOnlyList<string> BoardCodes);
