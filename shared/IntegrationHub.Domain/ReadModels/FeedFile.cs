namespace IntegrationHub.Domain.ReadModels;

/// <summary>One published daily NDJSON file of an IA's feed.</summary>
public sealed record FeedFile(DateOnly Day, int Count);
