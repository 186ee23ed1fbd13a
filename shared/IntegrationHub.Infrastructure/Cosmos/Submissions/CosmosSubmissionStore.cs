using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

public sealed class CosmosSubmissionStore(HubContainers containers) : ISubmissionStore
{
    private Container Container => containers.Submissions;

    public async Task<CreateSubmissionResult> CreateAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.CreateItemAsync(submission.ToDocument(), new PartitionKey(submission.Id), cancellationToken: cancellationToken);
            return new CreateSubmissionResult(response.Resource.ToSubmission(response.ETag), Created: true);
        }
        catch (CosmosException ex) when (ex.IsConflict())
        {
            var existing = await GetAsync(submission.Id, cancellationToken)
                ?? throw new InvalidOperationException($"submission {submission.Id} conflicted but cannot be read");
            return new CreateSubmissionResult(existing, Created: false);
        }
    }

    public async Task<Submission?> GetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.ReadItemAsync<SubmissionDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return response.Resource.ToSubmission(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task<Submission?> TryReplaceAsync(Submission submission, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Container.ReplaceItemAsync(
                submission.ToDocument(),
                submission.Id,
                new PartitionKey(submission.Id),
                new ItemRequestOptions { IfMatchEtag = submission.ETag },
                cancellationToken);
            return response.Resource.ToSubmission(response.ETag);
        }
        catch (CosmosException ex) when (ex.IsPreconditionFailed())
        {
            return null;
        }
    }
}
