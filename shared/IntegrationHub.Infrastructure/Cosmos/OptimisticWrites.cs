using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// The one optimistic-concurrency write the hub makes: create when nothing was read, else replace only if the
/// document is unchanged since it was read. Null means another writer got there first; the caller re-reads.
/// </summary>
internal static class OptimisticWrites
{
    public static async Task<ItemResponse<T>?> TrySaveAsync<T>(Container container, T document, string id, PartitionKey key, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            return etag is null
                ? await container.CreateItemAsync(document, key, cancellationToken: cancellationToken)
                : await container.ReplaceItemAsync(document, id, key, new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
        }
        catch (CosmosException ex) when (ex.IsConflict() || ex.IsPreconditionFailed())
        {
            return null;
        }
    }
}
