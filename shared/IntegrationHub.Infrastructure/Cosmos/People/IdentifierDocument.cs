namespace IntegrationHub.Infrastructure.Cosmos.People;

/// <summary>A claim of one identifier by one person (container <c>identifiers</c>, partition = id = the key).</summary>
public sealed record IdentifierDocument(string Id, string PersonId, DateTimeOffset ClaimedAt)
{
    public string Type { get; init; } = "identifier";
}
