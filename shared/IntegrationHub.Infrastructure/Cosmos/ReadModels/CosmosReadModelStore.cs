using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using IntegrationHub.Domain.ReadModels;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.ReadModels;

/// <summary>
/// The IA read models on Cosmos: single-partition reads only (DESIGN §1: the emulator serves no ORDER BY, so
/// feed order is made in code). Page continuations are the SDK's own tokens, base64url-encoded for query strings.
/// </summary>
public sealed class CosmosReadModelStore(HubContainers containers) : IReadModelStore
{
    public Task UpsertActivityAsync(string partition, IaActivity activity, CancellationToken cancellationToken) =>
        containers.IaActivity.UpsertItemAsync(new IaActivityDocument(activity.ActivityId, partition, activity), new PartitionKey(partition), NoContent, cancellationToken);

    public async Task DeleteActivityAsync(string partition, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await containers.IaActivity.DeleteItemAsync<IaActivityDocument>(activityId, new PartitionKey(partition), NoContent, cancellationToken);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            // Already gone: an earlier attempt of the same projection deleted it.
        }
    }

    public Task UpsertFeedEntryAsync(string ia, FeedEntry entry, CancellationToken cancellationToken)
    {
        var partition = IaPartitions.Day(ia, entry.Day);
        return containers.IaFeed.UpsertItemAsync(new FeedEntryDocument(entry.EntryId, partition, entry), new PartitionKey(partition), NoContent, cancellationToken);
    }

    public async Task<ActivityPage> ReadActivitiesAsync(string partition, string? kind, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.iaMonth = @p" + (kind is null ? string.Empty : " AND c.activity.kind = @kind"))
            .WithParameter("@p", partition)
            .WithParameter("@kind", kind);
        var token = continuation is null ? null : Encoding.UTF8.GetString(Base64Url.DecodeFromChars(continuation));
        using var feed = containers.IaActivity.GetItemQueryIterator<IaActivityDocument>(
            query,
            token,
            new QueryRequestOptions { PartitionKey = new PartitionKey(partition), MaxItemCount = pageSize });
        if (!feed.HasMoreResults)
        {
            return new ActivityPage([], null);
        }

        var page = await feed.ReadNextAsync(cancellationToken);
        var next = page.ContinuationToken is { } t ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes(t)) : null;
        return new ActivityPage([.. page.Select(d => d.Activity)], next);
    }

    public async IAsyncEnumerable<IaActivity> ReadAllActivitiesAsync(string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.iaMonth = @p").WithParameter("@p", partition);
        await foreach (var document in QueryAsync<IaActivityDocument>(containers.IaActivity, query, partition, cancellationToken))
        {
            yield return document.Activity;
        }
    }

    public async IAsyncEnumerable<FeedEntry> ReadFeedAsync(string ia, DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = IaPartitions.Day(ia, day);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.iaDay = @p").WithParameter("@p", partition);
        var entries = new List<FeedEntry>();
        await foreach (var document in QueryAsync<FeedEntryDocument>(containers.IaFeed, query, partition, cancellationToken))
        {
            entries.Add(document.Entry);
        }

        // A day's changes are a few thousand at most; ordering here spares a composite index on the container.
        foreach (var entry in entries.OrderBy(e => e.PublishedAt).ThenBy(e => e.EntryId, StringComparer.Ordinal))
        {
            yield return entry;
        }
    }

    private static ItemRequestOptions NoContent => new() { EnableContentResponseOnWrite = false };

    private static async IAsyncEnumerable<T> QueryAsync<T>(Container container, QueryDefinition query, string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var feed = container.GetItemQueryIterator<T>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partition) });
        while (feed.HasMoreResults)
        {
            foreach (var item in await feed.ReadNextAsync(cancellationToken))
            {
                yield return item;
            }
        }
    }
}
