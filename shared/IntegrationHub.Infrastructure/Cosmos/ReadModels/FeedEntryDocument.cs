using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.Cosmos.ReadModels;

/// <summary>One change in <c>ia-feed</c> (partition <c>IA|YYYY-MM-DD</c>).</summary>
public sealed record FeedEntryDocument(string Id, string IaDay, FeedEntry Entry)
{
    public string Type { get; init; } = "ia-feed";

    public int Version { get; init; } = 1;
}
