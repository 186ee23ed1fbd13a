using IntegrationHub.Domain.Linkage.Reviews;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.Linkage;

/// <summary>Review items, one partition per IA: point reads and a single-partition query.</summary>
public sealed class CosmosReviewStore(HubContainers containers) : IReviewStore
{
    /// <summary>How many open items one listing reads before sorting (the emulator has no ORDER BY).</summary>
    private const int ReadCap = 5000;

    private Container Reviews => containers.Reviews;

    public async Task CreateAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        try
        {
            await Reviews.CreateItemAsync(ReviewDocument.From(item), new PartitionKey(item.Ia), cancellationToken: cancellationToken);
        }
        catch (CosmosException ex) when (ex.IsConflict())
        {
            // Raised before (a retried record, or another record of the same pair): one item per pair.
        }
    }

    public async Task<ReviewItem?> GetAsync(string ia, string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Reviews.ReadItemAsync<ReviewDocument>(id, new PartitionKey(ia), cancellationToken: cancellationToken);
            return response.Resource.ToItem(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ReviewItem>> ListOpenAsync(string ia, int max, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.ia = @ia AND c.status = @status")
            .WithParameter("@ia", ia)
            .WithParameter("@status", ReviewItem.Open);
        using var feed = Reviews.GetItemQueryIterator<ReviewDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(ia) });
        var items = new List<ReviewItem>();
        while (feed.HasMoreResults && items.Count < ReadCap)
        {
            foreach (var document in await feed.ReadNextAsync(cancellationToken))
            {
                items.Add(document.ToItem(etag: null));
            }
        }

        return [.. items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).Take(max)];
    }

    public async Task<ReviewItem?> TrySaveAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var document = ReviewDocument.From(item);
        var response = await OptimisticWrites.TrySaveAsync(Reviews, document, document.Id, new PartitionKey(item.Ia), item.ETag, cancellationToken);
        return response?.Resource.ToItem(response.ETag);
    }
}
