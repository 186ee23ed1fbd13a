namespace IntegrationHub.Domain.Submissions;

/// <summary>Durable work queues (Azure Storage queues). Messages are plain JSON text.</summary>
public interface IWorkQueue
{
    Task EnqueueAsync(string queueName, string messageJson, CancellationToken cancellationToken);

    /// <summary>Enqueues a message that becomes visible only after <paramref name="delay"/>.</summary>
    Task EnqueueAsync(string queueName, string messageJson, TimeSpan delay, CancellationToken cancellationToken);
}
