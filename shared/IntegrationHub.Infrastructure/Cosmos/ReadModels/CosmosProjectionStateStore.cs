using IntegrationHub.Domain.ReadModels;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.ReadModels;

public sealed class CosmosProjectionStateStore(HubContainers containers) : IProjectionStateStore
{
    public async Task<ProjectionState?> GetAsync(string personId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await containers.Persons.ReadItemAsync<ProjectionStateDocument>(ProjectionStateDocument.DocumentId, new PartitionKey(personId), cancellationToken: cancellationToken);
            return response.Resource.ToState(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task<ProjectionState?> TrySaveAsync(ProjectionState state, CancellationToken cancellationToken)
    {
        var document = ProjectionStateDocument.From(state);
        var response = await OptimisticWrites.TrySaveAsync(containers.Persons, document, document.Id, new PartitionKey(state.PersonId), state.ETag, cancellationToken);
        return response?.Resource.ToState(response.ETag);
    }
}
