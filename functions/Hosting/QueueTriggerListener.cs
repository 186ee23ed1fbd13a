using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// Standalone mode's stand-in for the Functions host's queue extension: receives with a visibility timeout,
/// calls the function with the host's payload shape, deletes on success, leaves the message for a retry on
/// failure, and moves it to <c>&lt;queue&gt;-poison</c> once it has been dequeued maxDequeueCount times. It reads
/// through the app's <see cref="QueueServiceClient"/>, so it decodes messages as the Functions host would
/// (<see cref="StorageClientSettings.MessageEncoding"/>).
/// </summary>
public sealed class QueueTriggerListener(
    FunctionManifest function,
    FunctionCatalog catalog,
    QueueServiceClient queues,
    TriggerDispatcher dispatcher,
    IOptions<HostingOptions> options,
    TimeProvider time,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private const int BatchSize = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queueName = function.Trigger.QueueName!;
        var idleDelay = TimeSpan.FromMilliseconds(100);
        await EnsureQueuesAsync(queueName, stoppingToken);
        logger.LogInformation("Listening on queue {Queue} for {Function}", queueName, function.Name);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = await queues.GetQueueClient(queueName).ReceiveMessagesAsync(BatchSize, VisibilityTimeout, stoppingToken);
                if (messages.Length == 0)
                {
                    await Task.Delay(idleDelay, time, stoppingToken);
                    idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, options.Value.MaxPollInterval.Ticks));
                    continue;
                }

                idleDelay = TimeSpan.FromMilliseconds(100);
                await Parallel.ForEachAsync(
                    messages,
                    new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken },
                    async (message, ct) => await RunOneAsync(queueName, message, ct));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The listener is the app's only consumer of this queue and must outlive any outage (storage
                // restarting, network blips): log, wait, poll again. Messages stay safe in the queue meanwhile.
                logger.LogWarning(ex, "Polling {Queue} failed; retrying", queueName);
                await Task.Delay(options.Value.MaxPollInterval, time, stoppingToken);
            }
        }
    }

    private TimeSpan VisibilityTimeout =>
        catalog.VisibilityTimeout > TimeSpan.Zero ? catalog.VisibilityTimeout : TimeSpan.FromSeconds(30);

    private async Task EnsureQueuesAsync(string queueName, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await queues.GetQueueClient(queueName).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await queues.GetQueueClient(QueueNames.Poison(queueName)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
            {
                logger.LogWarning(ex, "Creating queue {Queue} failed; retrying", queueName);
                await Task.Delay(options.Value.MaxPollInterval, time, cancellationToken);
            }
        }
    }

    private async Task RunOneAsync(string queueName, QueueMessage message, CancellationToken cancellationToken)
    {
        var request = BuildRequest(message);
        try
        {
            await dispatcher.DispatchAsync(function.Name, request, cancellationToken);
            await queues.GetQueueClient(queueName).DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Any failure of the function is the invocation failing, as in the Functions host: retry or poison.
            logger.LogError(ex, "{Function} failed on message {MessageId} (dequeue {DequeueCount})", function.Name, message.MessageId, message.DequeueCount);
            await RetryOrPoisonAsync(queueName, message, cancellationToken);
        }
    }

    private async Task RetryOrPoisonAsync(string queueName, QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (message.DequeueCount >= catalog.MaxDequeueCount)
            {
                await queues.GetQueueClient(QueueNames.Poison(queueName)).SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await queues.GetQueueClient(queueName).DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                logger.LogError("Message {MessageId} moved to {PoisonQueue} after {DequeueCount} attempts", message.MessageId, QueueNames.Poison(queueName), message.DequeueCount);
            }
            else
            {
                await queues.GetQueueClient(queueName).UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.Value.RetryDelay, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            // The message simply becomes visible again when its visibility timeout ends.
            logger.LogWarning(ex, "Could not reschedule message {MessageId}; it reappears after its visibility timeout", message.MessageId);
        }
    }

    private InvocationRequest BuildRequest(QueueMessage message)
    {
        var payload = new Dictionary<string, object?>
        {
            ["Data"] = new Dictionary<string, object?> { [function.Trigger.Name] = message.Body.ToString() },
            ["Metadata"] = new Dictionary<string, object?>
            {
                ["Id"] = message.MessageId,
                ["DequeueCount"] = message.DequeueCount,
                ["InsertionTime"] = message.InsertedOn,
                ["PopReceipt"] = message.PopReceipt,
            },
        };
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(payload));
        return InvocationRequest.Parse(document.RootElement);
    }
}
