using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.People;

/// <summary>People and their activities in one partition each: point reads and single-partition queries only.</summary>
public sealed class CosmosPersonStore(HubContainers containers) : IPersonStore
{
    private Container Persons => containers.Persons;

    public async Task<PersonRecord?> GetPersonAsync(string personId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Persons.ReadItemAsync<PersonDocument>(personId, new PartitionKey(personId), cancellationToken: cancellationToken);
            return response.Resource.ToRecord(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task<PersonRecord?> TrySavePersonAsync(PersonRecord person, CancellationToken cancellationToken)
    {
        // Null: created or changed by another worker since it was read; the caller re-reads and merges again.
        var document = PersonDocument.From(person);
        var response = await OptimisticWrites.TrySaveAsync(Persons, document, document.Id, new PartitionKey(person.PersonId), person.ETag, cancellationToken);
        return response?.Resource.ToRecord(response.ETag);
    }

    public async Task<ActivityRecord?> GetActivityAsync(string personId, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Persons.ReadItemAsync<ActivityDocument>(activityId, new PartitionKey(personId), cancellationToken: cancellationToken);
            return response.Resource.ToRecord(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public Task SaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken) =>
        Persons.UpsertItemAsync(ActivityDocument.From(activity), new PartitionKey(activity.PersonId), cancellationToken: cancellationToken);

    public async Task<bool> TrySaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken)
    {
        var document = ActivityDocument.From(activity);
        return await OptimisticWrites.TrySaveAsync(Persons, document, document.Id, new PartitionKey(activity.PersonId), activity.ETag, cancellationToken) is not null;
    }

    public async Task DeleteActivityAsync(string personId, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await Persons.DeleteItemAsync<ActivityDocument>(activityId, new PartitionKey(personId), cancellationToken: cancellationToken);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            // Already gone: a retried merge.
        }
    }

    public async Task<IReadOnlyList<ActivityRecord>> GetActivitiesAsync(string personId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.personId = @personId AND c.type = 'activity'").WithParameter("@personId", personId);
        using var feed = Persons.GetItemQueryIterator<ActivityDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(personId) });
        var result = new List<ActivityRecord>();
        while (feed.HasMoreResults)
        {
            foreach (var document in await feed.ReadNextAsync(cancellationToken))
            {
                result.Add(document.ToRecord());
            }
        }

        return result;
    }
}
