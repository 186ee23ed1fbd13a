using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>Creates the database and containers if missing; safe to run on every start and concurrently.</summary>
public sealed class CosmosBootstrapper(CosmosClient client, IOptions<CosmosOptions> options)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var database = (await client.CreateDatabaseIfNotExistsAsync(options.Value.DatabaseName, cancellationToken: cancellationToken)).Database;
        foreach (var (name, partitionKey) in ContainerNames.PartitionKeys)
        {
            await database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, partitionKey), cancellationToken: cancellationToken);
        }
    }
}
