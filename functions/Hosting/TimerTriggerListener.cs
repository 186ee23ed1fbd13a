namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// Standalone mode's stand-in for the Functions host's timer extension: runs the function at each occurrence of
/// its daily schedule. A failed run is logged and tried again at the next occurrence (the publisher catches up).
/// </summary>
public sealed class TimerTriggerListener(
    FunctionManifest function,
    TriggerDispatcher dispatcher,
    TimeProvider time,
    ILogger<TimerTriggerListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = DailySchedule.Parse(function.Trigger.Schedule!);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(time.GetUtcNow());
            logger.LogInformation("{Function} next runs at {Next}", function.Name, next);
            try
            {
                await Task.Delay(next - time.GetUtcNow(), time, stoppingToken);
                await dispatcher.DispatchAsync(function.Name, InvocationRequest.Empty, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Function} failed; it runs again at its next occurrence", function.Name);
            }
        }
    }
}
