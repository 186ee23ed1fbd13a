using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using IntegrationHub.Functions.Hosting;
using IntegrationHub.Infrastructure.Storage;
using IntegrationHub.IntegrationTests.Infrastructure.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.IntegrationTests.Hosting;

/// <summary>Standalone mode's queue trigger against Azurite: delete on success, retry on failure, poison after maxDequeueCount.</summary>
public sealed class QueueTriggerListenerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ih-functions-" + Guid.NewGuid().ToString("N"));
    private readonly string queue = StorageClients.UniqueName("work");
    private readonly QueueServiceClient queues = StorageClients.Queues();
    private readonly StorageWorkQueue sender = new(StorageClients.Queues());

    public QueueTriggerListenerTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "Work"));
        File.WriteAllText(Path.Combine(root, "host.json"), """{"version":"2.0","extensions":{"queues":{"maxDequeueCount":3,"visibilityTimeout":"00:00:01"}}}""");
        File.WriteAllText(
            Path.Combine(root, "Work", "function.json"),
            $$"""{"bindings":[{"type":"queueTrigger","direction":"in","name":"item","queueName":"{{queue}}","connection":"Storage"}]}""");
    }

    [Fact]
    public async Task SuccessfulInvocation_GetsTheHostPayloadAndDeletesTheMessage()
    {
        var function = new RecordingFunction(failures: 0);
        using var listener = await StartAsync(function);

        await sender.EnqueueAsync(queue, """{"submissionId":"s1"}""", default);
        await WaitUntilAsync(() => function.Calls.Count == 1);
        await WaitUntilAsync(async () => await CountAsync(queue) == 0);

        var call = Assert.Single(function.Calls);
        Assert.Equal("s1", call.Binding("item")!.Value.GetProperty("submissionId").GetString());
        Assert.Equal(1, call.DequeueCount);
    }

    [Fact]
    public async Task FailingTwice_IsRetriedUntilItSucceeds()
    {
        var function = new RecordingFunction(failures: 2);
        using var listener = await StartAsync(function);

        await sender.EnqueueAsync(queue, """{"n":1}""", default);
        await WaitUntilAsync(() => function.Calls.Count == 3);
        await WaitUntilAsync(async () => await CountAsync(queue) == 0);

        Assert.Equal([1, 2, 3], function.Calls.Select(c => c.DequeueCount!.Value));
        Assert.Equal(0, await CountAsync(queue + "-poison"));
    }

    [Fact]
    public async Task AlwaysFailing_MovesToPoisonAfterMaxDequeueCount()
    {
        var function = new RecordingFunction(failures: int.MaxValue);
        using var listener = await StartAsync(function);

        await sender.EnqueueAsync(queue, """{"n":2}""", default);
        await WaitUntilAsync(async () => await CountAsync(queue + "-poison") == 1);

        Assert.Equal(3, function.Calls.Count);
        var poisoned = Assert.Single((await queues.GetQueueClient(queue + "-poison").PeekMessagesAsync(32)).Value);
        Assert.Equal("""{"n":2}""", poisoned.Body.ToString());
        Assert.Equal(0, await CountAsync(queue));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static async Task WaitUntilAsync(Func<bool> condition) => await WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "condition not reached within 30 s");
            await Task.Delay(50);
        }
    }

    private async Task<RunningListener> StartAsync(RecordingFunction function)
    {
        var catalog = FunctionCatalog.Load(root);
        var listener = new QueueTriggerListener(
            catalog.Find("Work")!,
            catalog,
            queues,
            new TriggerDispatcher([function]),
            Options.Create(new HostingOptions { RetryDelay = TimeSpan.Zero, MaxPollInterval = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System,
            NullLogger<QueueTriggerListener>.Instance);
        await listener.StartAsync(default);

        // StartAsync returns at the listener's first await, before it has created its queues: a message sent sooner
        // would find no queue. Wait for both, as a host would wait for the listener to be ready.
        await WaitUntilAsync(() => ExistsAsync(queue));
        await WaitUntilAsync(() => ExistsAsync(queue + "-poison"));
        return new RunningListener(listener);
    }

    private async Task<int> CountAsync(string name) => (await queues.GetQueueClient(name).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private async Task<bool> ExistsAsync(string name)
    {
        try
        {
            await queues.GetQueueClient(name).GetPropertiesAsync();
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private sealed class RecordingFunction(int failures) : ITriggeredFunction
    {
        public ConcurrentQueue<InvocationRequest> Calls { get; } = new();

        public string Name => "Work";

        public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken)
        {
            Calls.Enqueue(request);
            return Calls.Count <= failures
                ? throw new InvalidOperationException("simulated failure")
                : Task.CompletedTask;
        }
    }

    private sealed class RunningListener(QueueTriggerListener listener) : IDisposable
    {
        public void Dispose()
        {
            listener.StopAsync(default).GetAwaiter().GetResult();
            listener.Dispose();
        }
    }
}
