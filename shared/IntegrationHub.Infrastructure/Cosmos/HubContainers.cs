using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>Container handles of the hub database (cheap proxies; no I/O until used).</summary>
public sealed class HubContainers(CosmosClient client, IOptions<CosmosOptions> options)
{
    public Database Database => client.GetDatabase(options.Value.DatabaseName);

    public Container Persons => Get(ContainerNames.Persons);

    public Container Identifiers => Get(ContainerNames.Identifiers);

    public Container Blocks => Get(ContainerNames.Blocks);

    public Container Submissions => Get(ContainerNames.Submissions);

    public Container IaActivity => Get(ContainerNames.IaActivity);

    public Container IaFeed => Get(ContainerNames.IaFeed);

    public Container Reviews => Get(ContainerNames.Reviews);

    public Container Audit => Get(ContainerNames.Audit);

    public Container Get(string name) => client.GetContainer(options.Value.DatabaseName, name);
}
