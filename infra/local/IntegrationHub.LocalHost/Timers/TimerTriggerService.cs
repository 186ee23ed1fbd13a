using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Invocation;
using IntegrationHub.LocalHost.Worker;

namespace IntegrationHub.LocalHost.Timers;

/// <summary>
/// Runs each timer-triggered function at its schedule's occurrences (UTC), and once at start when runOnStartup
/// is set. Like the real host's timer, a function never overlaps itself: the next occurrence is taken after
/// the invocation ends.
/// </summary>
public sealed class TimerTriggerService : BackgroundService
{
    /// <summary>Task.Delay takes at most ~49 days; yearly schedules wait in steps.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly FunctionCatalog catalog;
    private readonly FunctionInvoker invoker;
    private readonly AppSettingResolver appSettings;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggerFactory;

    public TimerTriggerService(FunctionCatalog catalog, FunctionInvoker invoker, AppSettingResolver appSettings, TimeProvider time, ILoggerFactory loggerFactory)
    {
        this.catalog = catalog;
        this.invoker = invoker;
        this.appSettings = appSettings;
        this.time = time;
        this.loggerFactory = loggerFactory;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<FunctionDescriptor> functions;
        try
        {
            functions = await catalog.WhenReady(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // A draining host fires no more timers; an occurrence already running is left to finish.
        using var firing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, invoker.Draining);
        await Task.WhenAll(functions
            .Where(function => function.Runs("timerTrigger"))
            .Select(function => RunAsync(function, firing.Token, stoppingToken)));
    }

    private async Task RunAsync(FunctionDescriptor function, CancellationToken firing, CancellationToken stopping)
    {
        var logger = loggerFactory.CreateLogger("Timer." + function.Name);
        try
        {
            var trigger = function.Trigger!;
            var schedule = TimerSchedule.Parse(appSettings.Resolve(trigger.GetString("schedule")
                ?? throw new InvalidOperationException($"function {function.Name}: timer trigger without schedule")));
            logger.LogInformation("Timer {FunctionName} on schedule {Schedule}; next at {Next:O}", function.Name, schedule.Expression, schedule.Next(time.GetUtcNow()));

            DateTimeOffset? last = null;
            if (trigger.GetBool("runOnStartup"))
            {
                var now = time.GetUtcNow();
                await InvokeAsync(function, trigger.Name, last, schedule.Next(now), logger, stopping);
                last = now;
            }

            while (!firing.IsCancellationRequested)
            {
                var occurrence = schedule.Next(time.GetUtcNow());
                await WaitUntilAsync(occurrence, firing);
                await InvokeAsync(function, trigger.Name, last, schedule.Next(occurrence), logger, stopping);
                last = occurrence;
            }
        }
        catch (OperationCanceledException) when (firing.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or WorkerUnavailableException)
        {
            logger.LogError("Timer of function {FunctionName} stopped: {Reason}", function.Name, exception.Message);
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        for (var remaining = occurrence - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = occurrence - time.GetUtcNow())
        {
            await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, cancellationToken);
        }
    }

    private async Task InvokeAsync(FunctionDescriptor function, string bindingName, DateTimeOffset? last, DateTimeOffset next, ILogger logger, CancellationToken cancellationToken)
    {
        var payload = TimerInfoPayload.Create(last, next, time.GetUtcNow(), isPastDue: false);
        var request = InvocationBuilder.Create(function, InvocationBuilder.Json(payload), new Dictionary<string, Rpc.TypedData>());
        var response = await invoker.Start(function, request, "Timer fired at " + time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        if (!InvocationOutcome.Succeeded(response))
        {
            logger.LogDebug("Timer function {FunctionName} ({Binding}) failed; the schedule goes on", function.Name, bindingName);
        }
    }
}
