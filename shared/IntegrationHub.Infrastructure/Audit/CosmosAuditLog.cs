using IntegrationHub.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Audit;

/// <summary>
/// The queryable copy (Cosmos <c>audit</c>, one partition per UTC day). It only creates: a create of an id that
/// exists fails rather than overwrites, and there is no replace, upsert, patch or delete here.
/// </summary>
public sealed class CosmosAuditLog(HubContainers containers)
{
    private Container Audit => containers.Audit;

    public async Task CreateAsync(AuditDocument document, CancellationToken cancellationToken) =>
        await Audit.CreateItemAsync(document, new PartitionKey(document.Day), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<AuditDocument>> ReadDayAsync(string day, string? actor, CancellationToken cancellationToken)
    {
        // The emulator serves single-partition queries only, with the partition key in the WHERE clause too.
        var query = actor is null
            ? new QueryDefinition("SELECT * FROM c WHERE c.day = @day").WithParameter("@day", day)
            : new QueryDefinition("SELECT * FROM c WHERE c.day = @day AND c.actor.subject = @actor").WithParameter("@day", day).WithParameter("@actor", actor);
        using var feed = Audit.GetItemQueryIterator<AuditDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(day) });
        var documents = new List<AuditDocument>();
        while (feed.HasMoreResults)
        {
            documents.AddRange(await feed.ReadNextAsync(cancellationToken));
        }

        return documents;
    }
}
