using IntegrationHub.Domain.Linkage.Online;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.Linkage;

/// <summary>The matcher's blocking index: one single-partition query per key, one page at most.</summary>
public sealed class CosmosBlockIndex(HubContainers containers) : IBlockIndex
{
    private Container Blocks => containers.Blocks;

    public async Task<IReadOnlyList<BlockEntry>> FindAsync(string blockKey, int max, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.blockKey = @key").WithParameter("@key", blockKey);
        using var feed = Blocks.GetItemQueryIterator<BlockDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(blockKey), MaxItemCount = max });
        var result = new List<BlockEntry>();
        while (feed.HasMoreResults && result.Count < max)
        {
            foreach (var document in await feed.ReadNextAsync(cancellationToken))
            {
                result.Add(document.ToEntry());
            }
        }

        return result.Count > max ? result[..max] : result;
    }

    public Task FileAsync(BlockEntry entry, CancellationToken cancellationToken) =>
        Blocks.UpsertItemAsync(BlockDocument.From(entry), new PartitionKey(entry.BlockKey), cancellationToken: cancellationToken);

    public async Task RemoveAsync(string blockKey, string personId, string fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            await Blocks.DeleteItemAsync<BlockDocument>(BlockDocument.IdOf(personId, fingerprint), new PartitionKey(blockKey), cancellationToken: cancellationToken);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            // Already removed: a retried merge.
        }
    }
}
