using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Infrastructure.Storage;

public sealed class StorageWorkQueue(QueueStorageClient queues) : IWorkQueue
{
    public Task EnqueueAsync(string queueName, string messageJson, CancellationToken cancellationToken) =>
        queues.SendMessageAsync(queueName, messageJson, null, cancellationToken);
}
