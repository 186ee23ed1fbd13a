using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Infrastructure.Health;

public sealed class QueueProbe(QueueStorageClient queues) : IDependencyProbe
{
    public string Name => "queue";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        queues.GetApproximateMessageCountAsync(QueueNames.Ingest, cancellationToken);
}
