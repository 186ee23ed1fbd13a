using System.Text.Json;
using IntegrationHub.LocalHost.SampleWorker.Recording;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Timers;

/// <summary>Runs every 2 s and records the TimerInfo it was given ("ticks").</summary>
public sealed class TickFunction
{
    private readonly Recorder recorder;

    public TickFunction(Recorder recorder)
    {
        this.recorder = recorder;
    }

    [Function("Tick")]
    public Task Run([TimerTrigger("*/2 * * * * *")] TimerInfo timer, FunctionContext context) =>
        recorder.RecordAsync("ticks", JsonSerializer.Serialize(timer), context.CancellationToken);
}
