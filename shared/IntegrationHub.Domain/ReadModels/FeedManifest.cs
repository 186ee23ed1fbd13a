namespace IntegrationHub.Domain.ReadModels;

/// <summary>The list of an IA's daily files, kept next to them (served Bulk-Data style by the API).</summary>
public sealed record FeedManifest(DateTimeOffset TransactionTime, IReadOnlyList<FeedFile> Files);
