using IntegrationHub.LocalHost.SampleWorker.Recording;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Queues;

/// <summary>
/// Listens on the queue app setting WorkQueue names (the host resolves it, as the real one does). Records every attempt ("attempts": message|DequeueCount|Id|time) and fails messages that start with "fail";
/// messages that start with "hold" wait until a test records the same text on "releases"; the others (and held
/// ones once released) are recorded as done ("done": message).
/// </summary>
public sealed class WorkItemFunction
{
    private readonly Recorder recorder;

    public WorkItemFunction(Recorder recorder)
    {
        this.recorder = recorder;
    }

    [Function("WorkItem")]
    public async Task Run(
        [QueueTrigger("%WorkQueue%", Connection = "Storage")] string message,
        long dequeueCount,
        string id,
        FunctionContext context)
    {
        var cancellationToken = context.CancellationToken;
        await recorder.RecordAsync("attempts", $"{message}|{dequeueCount}|{id}|{DateTimeOffset.UtcNow:O}", cancellationToken);
        if (message.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the sample queue function fails on purpose: " + message);
        }

        if (message.StartsWith("hold", StringComparison.Ordinal))
        {
            await recorder.WaitForAsync("releases", message, cancellationToken);
        }

        await recorder.RecordAsync("done", message, cancellationToken);
    }
}
