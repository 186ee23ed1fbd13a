using System.Runtime.CompilerServices;
using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

/// <summary>
/// Lists submissions not yet finished (<c>accepted</c> or <c>processing</c>). The <c>submissions</c> container is partitioned by <c>/id</c>, so this
/// is the one place the hub reads across partitions, and it is a timer job, not a request path:
/// in Azure a cross-partition query on <c>status</c> and <c>receivedAt</c> (a fan-out over the physical
/// partitions, cheap while few submissions are waiting); against the local emulator, which cannot run
/// cross-partition queries (DESIGN §1), the container's read feed filtered here — a full scan, acceptable for
/// a local store that is empty at every start. The sweeper point-reads every candidate before acting.
/// </summary>
public sealed class CosmosStuckSubmissionFinder(HubContainers containers, IOptions<CosmosOptions> options) : IStuckSubmissionFinder
{
    public async IAsyncEnumerable<string> FindUnfinishedAsync(DateTimeOffset receivedBefore, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var emulator = options.Value.Endpoint is { } endpoint && CosmosClientFactory.IsLoopback(endpoint);
        var query = emulator
            ? null
            : new QueryDefinition("SELECT c.id, c.type, c.status, c.receivedAt FROM c WHERE c.type = @type AND c.status IN ('accepted', 'processing') AND c.receivedAt < @before")
                .WithParameter("@type", SubmissionDocument.DocumentType)
                .WithParameter("@before", receivedBefore);
        using var feed = containers.Submissions.GetItemQueryIterator<StuckSubmissionCandidate>(query);
        while (feed.HasMoreResults)
        {
            foreach (var candidate in await feed.ReadNextAsync(cancellationToken))
            {
                if (candidate.Type == SubmissionDocument.DocumentType && candidate.Status is "accepted" or "processing" && candidate.ReceivedAt < receivedBefore)
                {
                    yield return candidate.Id;
                }
            }
        }
    }
}
