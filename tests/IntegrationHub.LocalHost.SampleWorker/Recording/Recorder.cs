using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.LocalHost.SampleWorker.Recording;

/// <summary>
/// Writes what the functions saw to plain (unencoded) queues the tests read: the proof that an invocation ran
/// and with which data.
/// </summary>
public sealed class Recorder
{
    private readonly QueueServiceClient service;

    public Recorder(IConfiguration configuration)
    {
        service = new QueueServiceClient(configuration["Storage"] ?? throw new InvalidOperationException("the Storage setting is missing"));
    }

    public async Task RecordAsync(string queueName, string text, CancellationToken cancellationToken)
    {
        var queue = service.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(text, cancellationToken);
    }

    /// <summary>Waits until a test has recorded <paramref name="text"/> on the queue (peeked, so it stays there).</summary>
    public async Task WaitForAsync(string queueName, string text, CancellationToken cancellationToken)
    {
        var queue = service.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        while (true)
        {
            var peeked = await queue.PeekMessagesAsync(32, cancellationToken);
            if (peeked.Value.Any(message => message.Body.ToString() == text))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
