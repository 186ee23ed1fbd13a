using IntegrationHub.LocalHost.SampleWorker.Recording;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Timers;

/// <summary>A yearly schedule with runOnStartup: it runs only because the host honours runOnStartup. Records "on-time|&lt;invocation id&gt;".</summary>
public sealed class StartupFunction
{
    private readonly Recorder recorder;

    public StartupFunction(Recorder recorder)
    {
        this.recorder = recorder;
    }

    [Function("OnStartup")]
    public Task Run([TimerTrigger("0 0 0 1 1 *", RunOnStartup = true)] TimerInfo timer, FunctionContext context) =>
        recorder.RecordAsync("startups", $"{(timer.IsPastDue ? "past-due" : "on-time")}|{context.InvocationId}", context.CancellationToken);
}
