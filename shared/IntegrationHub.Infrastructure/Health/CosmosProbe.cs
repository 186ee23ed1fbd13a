using IntegrationHub.Infrastructure.Cosmos;

namespace IntegrationHub.Infrastructure.Health;

public sealed class CosmosProbe(HubContainers containers) : IDependencyProbe
{
    public string Name => "cosmos";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        containers.Submissions.ReadContainerAsync(cancellationToken: cancellationToken);
}
