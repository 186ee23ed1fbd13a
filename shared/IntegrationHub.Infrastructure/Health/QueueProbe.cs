using Azure.Storage.Queues;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Infrastructure.Health;

/// <summary>Queue answers when the ingest queue's properties (its approximate length) can be read.</summary>
public sealed class QueueProbe(QueueServiceClient queues) : IDependencyProbe
{
    public string Name => "queue";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        queues.GetQueueClient(QueueNames.Ingest).GetPropertiesAsync(cancellationToken);
}
