namespace IntegrationHub.Domain.Submissions;

/// <summary>Durable work queues (Azure Storage queues). Messages are plain JSON text.</summary>
public interface IWorkQueue
{
    Task EnqueueAsync(string queueName, string messageJson, CancellationToken cancellationToken);
}
