using Azure.Storage.Queues;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Work queues on Azure Storage queues; the encoding comes from <see cref="StorageClientSettings"/>.</summary>
public sealed class StorageWorkQueue(QueueServiceClient queues) : IWorkQueue
{
    public Task EnqueueAsync(string queueName, string messageJson, CancellationToken cancellationToken) =>
        queues.GetQueueClient(queueName).SendMessageAsync(messageJson, cancellationToken);

    public Task EnqueueAsync(string queueName, string messageJson, TimeSpan delay, CancellationToken cancellationToken) =>
        queues.GetQueueClient(queueName).SendMessageAsync(messageJson, delay > TimeSpan.Zero ? delay : null, null, cancellationToken);
}
