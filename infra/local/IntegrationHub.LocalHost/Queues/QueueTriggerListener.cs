using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Invocation;
using IntegrationHub.LocalHost.Rpc;
using IntegrationHub.LocalHost.Worker;

namespace IntegrationHub.LocalHost.Queues;

/// <summary>
/// Runs one queue-triggered function as the real host's queue listener does: receives up to batchSize messages,
/// fetches the next batch as soon as no more than newBatchThreshold are still running (so one slow invocation
/// never holds up the queue), keeps each invisible while its invocation runs, deletes it on success, makes it visible again after
/// visibilityTimeout on failure, and once a message has failed maxDequeueCount times moves it to
/// "&lt;queue&gt;-poison" (same encoding). An idle queue is polled with back-off up to the polling interval.
/// </summary>
public sealed class QueueTriggerListener
{
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StorageCallLimit = TimeSpan.FromSeconds(10);

    private readonly FunctionDescriptor function;
    private readonly QueueClient queue;
    private readonly QueueClient poisonQueue;
    private readonly QueuesSettings settings;
    private readonly TimeSpan maxPollingInterval;
    private readonly TimeSpan processingVisibility;
    private readonly FunctionInvoker invoker;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public QueueTriggerListener(
        FunctionDescriptor function,
        QueueClient queue,
        QueueClient poisonQueue,
        QueuesSettings settings,
        LocalHostOptions options,
        FunctionInvoker invoker,
        TimeProvider time,
        ILogger logger)
    {
        this.function = function;
        this.queue = queue;
        this.poisonQueue = poisonQueue;
        this.settings = settings;
        maxPollingInterval = settings.MaxPollingInterval < options.MaxQueuePollingInterval ? settings.MaxPollingInterval : options.MaxQueuePollingInterval;
        processingVisibility = options.QueueProcessingVisibility;
        this.invoker = invoker;
        this.time = time;
        this.logger = logger;
    }

    public string QueueName => queue.Name;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await CreateQueuesAsync(cancellationToken);
        logger.LogInformation(
            "Listening on queue {QueueName} for {FunctionName} (batch {BatchSize}, max dequeue count {MaxDequeueCount}, visibility timeout {VisibilityTimeout}, polling up to {MaxPollingInterval})",
            queue.Name,
            function.Name,
            settings.BatchSize,
            settings.MaxDequeueCount,
            settings.VisibilityTimeout,
            maxPollingInterval);

        var idle = MinimumPollingInterval;
        var running = new List<Task>();
        // Receiving stops as soon as the host drains; the invocations in hand run on until they end (or the host stops).
        using var receiving = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, invoker.Draining);
        try
        {
            while (!receiving.IsCancellationRequested)
            {
                // Not cancelled by draining: a receive cut off in flight could leave messages dequeued that nobody holds.
                var messages = await ReceiveAsync(cancellationToken);
                if (messages.Length == 0)
                {
                    await Task.Delay(idle, time, receiving.Token);
                    idle = idle * 2 < maxPollingInterval ? idle * 2 : maxPollingInterval;
                    running.RemoveAll(task => task.IsCompleted);
                    continue;
                }

                idle = MinimumPollingInterval;
                running.AddRange(messages.Select(message => ProcessAsync(message, cancellationToken)));
                running.RemoveAll(task => task.IsCompleted);
                while (running.Count > settings.EffectiveNewBatchThreshold)
                {
                    running.Remove(await Task.WhenAny(running).WaitAsync(receiving.Token));
                }
            }
        }
        catch (OperationCanceledException) when (receiving.IsCancellationRequested)
        {
            // Draining or stopping.
        }
        finally
        {
            // Every message in hand is settled (deleted when its invocation ended, else made visible again for the
            // next host) before the host exits.
            await Task.WhenAll(running);
        }
    }

    /// <summary>Storage that is not up yet (or restarting) is waited for, as the real host's listener does.</summary>
    private async Task CreateQueuesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                return;
            }
            catch (Exception exception) when (IsStorageFailure(exception))
            {
                logger.LogWarning("Creating queue {QueueName} failed: {Reason}; trying again", queue.Name, exception.Message);
                await Task.Delay(maxPollingInterval, time, cancellationToken);
            }
        }
    }

    private async Task<QueueMessage[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await queue.ReceiveMessagesAsync(Math.Clamp(settings.BatchSize, 1, 32), processingVisibility, cancellationToken);
            return response.Value;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == QueueErrorCode.QueueNotFound)
        {
            // Storage lost the queue (an emulator restarted without its data): make it again, as at start.
            logger.LogWarning("Queue {QueueName} is gone; creating it again", queue.Name);
            await CreateQueuesAsync(cancellationToken);
            return [];
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            logger.LogWarning("Receiving from queue {QueueName} failed: {Reason}", queue.Name, exception.Message);
            return [];
        }
    }

    /// <summary>The storage client reports an unreachable service as an AggregateException once its retries are spent.</summary>
    private static bool IsStorageFailure(Exception exception) => exception is RequestFailedException or AggregateException;

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var lease = new MessageLease(message.MessageId, message.PopReceipt);
        try
        {
            // A message a stopped host left half-done can arrive past the limit; the real host poisons it unrun.
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, lease);
                return;
            }

            var response = await InvokeAsync(message, lease, cancellationToken);
            if (response is null)
            {
                // The worker is gone or the host is stopping: visible again at once for the next host.
                await UpdateVisibilityAsync(lease, TimeSpan.Zero);
                return;
            }

            if (InvocationOutcome.Succeeded(response))
            {
                using var limit = new CancellationTokenSource(StorageCallLimit);
                await queue.DeleteMessageAsync(lease.MessageId, lease.PopReceipt, limit.Token);
                return;
            }

            logger.LogWarning(
                "Function {FunctionName} failed on message {MessageId} of queue {QueueName} (dequeue count {DequeueCount}): {Failure}",
                function.Name,
                message.MessageId,
                queue.Name,
                message.DequeueCount,
                InvocationOutcome.Describe(response));
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, lease);
            }
            else
            {
                await UpdateVisibilityAsync(lease, settings.VisibilityTimeout);
            }
        }
        catch (Exception exception) when (IsStorageFailure(exception) || exception is OperationCanceledException)
        {
            logger.LogWarning("Settling message {MessageId} of queue {QueueName} failed: {Reason}", message.MessageId, queue.Name, exception.Message);
        }
    }

    private async Task<InvocationResponse?> InvokeAsync(QueueMessage message, MessageLease lease, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        // A byte[] parameter declares dataType Binary; the real host hands it the bytes rather than text.
        var data = string.Equals(function.Trigger?.GetString("dataType"), "Binary", StringComparison.OrdinalIgnoreCase)
            ? new TypedData { Bytes = Google.Protobuf.ByteString.CopyFrom(message.Body.ToMemory().Span) }
            : InvocationBuilder.Text(text);
        var request = InvocationBuilder.Create(function, data, QueueTriggerMetadata.From(message, text));
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = KeepInvisibleAsync(lease, renewal.Token);
        try
        {
            return await invoker.Start(function, request, $"New queue message detected on '{queue.Name}'.", cancellationToken);
        }
        catch (WorkerUnavailableException)
        {
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }
    }

    /// <summary>Renews the message's invisibility at half its span while the invocation runs, as the real host does.</summary>
    private async Task KeepInvisibleAsync(MessageLease lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(processingVisibility / 2, time, cancellationToken);
                var receipt = await queue.UpdateMessageAsync(lease.MessageId, lease.PopReceipt, visibilityTimeout: processingVisibility, cancellationToken: cancellationToken);
                lease.PopReceipt = receipt.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
            // The invocation ended.
        }
        catch (Exception exception) when (IsStorageFailure(exception))
        {
            logger.LogWarning("Renewing the invisibility of message {MessageId} failed: {Reason}", lease.MessageId, exception.Message);
        }
    }

    private async Task UpdateVisibilityAsync(MessageLease lease, TimeSpan visibility)
    {
        using var limit = new CancellationTokenSource(StorageCallLimit);
        await queue.UpdateMessageAsync(lease.MessageId, lease.PopReceipt, visibilityTimeout: visibility, cancellationToken: limit.Token);
    }

    private async Task MoveToPoisonAsync(QueueMessage message, MessageLease lease)
    {
        using var limit = new CancellationTokenSource(StorageCallLimit);
        await poisonQueue.SendMessageAsync(message.Body, cancellationToken: limit.Token);
        await queue.DeleteMessageAsync(lease.MessageId, lease.PopReceipt, limit.Token);
        logger.LogWarning(
            "Message {MessageId} moved to queue {PoisonQueueName} after {DequeueCount} attempts",
            message.MessageId,
            poisonQueue.Name,
            message.DequeueCount);
    }
}
