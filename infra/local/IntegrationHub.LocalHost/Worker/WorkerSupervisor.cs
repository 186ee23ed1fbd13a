using System.Diagnostics;
using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Invocation;
using Microsoft.Extensions.Options;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>
/// Owns the worker's life: launches it once the gRPC listener is bound, runs the handshake within the startup
/// timeout, and stops it with the host. A worker that dies, or does not come up, stops the host with exit code 1
/// at once; a host that is asked to stop terminates the worker and exits 0.
/// </summary>
public sealed class WorkerSupervisor : IHostedLifecycleService, IDisposable
{
    private readonly LocalHostOptions options;
    private readonly GrpcEndpoint grpcEndpoint;
    private readonly WorkerChannel channel;
    private readonly WorkerHandshake handshake;
    private readonly FunctionCatalog catalog;
    private readonly InvocationDrain drain;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<WorkerSupervisor> logger;
    private readonly ILogger workerOutput;
    private readonly CancellationTokenSource stopping = new();
    private WorkerProcess? worker;
    private Task? running;

    public WorkerSupervisor(
        IOptions<LocalHostOptions> options,
        GrpcEndpoint grpcEndpoint,
        WorkerChannel channel,
        WorkerHandshake handshake,
        FunctionCatalog catalog,
        InvocationDrain drain,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggerFactory)
    {
        this.options = options.Value;
        this.grpcEndpoint = grpcEndpoint;
        this.channel = channel;
        this.handshake = handshake;
        this.catalog = catalog;
        this.drain = drain;
        this.lifetime = lifetime;
        logger = loggerFactory.CreateLogger<WorkerSupervisor>();
        workerOutput = loggerFactory.CreateLogger("Worker.Console");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after Kestrel has bound its ports, so the worker is given a real gRPC address.</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        running = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Drains, then stops the worker before Kestrel stops: Kestrel waits for open requests, and the worker's stream
    /// is one until the worker exits. Draining first is what the real host does: an invocation cut off with its worker
    /// leaves its queue message invisible to every other instance for the processing visibility.
    /// </summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (worker is null || worker.HasExited)
        {
            return;
        }

        if (drain.Running > 0)
        {
            logger.LogInformation("Waiting up to {DrainTimeout} for {Running} running invocation(s) before stopping the worker", options.DrainTimeout, drain.Running);
        }

        if (!await drain.DrainAsync(options.DrainTimeout, cancellationToken))
        {
            logger.LogWarning("{Running} invocation(s) still running after {DrainTimeout}; stopping the worker under them", drain.Running, options.DrainTimeout);
        }

        if (channel.IsOpen)
        {
            logger.LogInformation("Stopping the worker (pid {WorkerPid})", worker.Id);
            try
            {
                channel.Terminate(options.StopGracePeriod);
            }
            catch (WorkerUnavailableException)
            {
                // The stream closed as we asked; the wait below settles it.
            }
        }

        try
        {
            await worker.Exited.WaitAsync(options.StopGracePeriod, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("The worker (pid {WorkerPid}) did not exit within {GracePeriod}; killing it", worker.Id, options.StopGracePeriod);
            worker.Kill();
            await worker.Exited.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (running is not null)
        {
            await running.WaitAsync(cancellationToken);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        // Whatever happened above, no worker outlives the host.
        worker?.Kill();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        worker?.Kill();
        worker?.Dispose();
        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            worker = WorkerProcess.Start(options, grpcEndpoint.Uri, Guid.NewGuid().ToString(), workerOutput);
            catalog.WorkerProcessId = worker.Id;
            logger.LogInformation("Started worker {WorkerPath} (pid {WorkerPid}); gRPC on {GrpcUri}", options.Worker, worker.Id, grpcEndpoint.Uri);
            _ = WatchAsync(worker);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartupTimeout);
            var handshaking = handshake.RunAsync(options.WorkerDirectory, timeout.Token);
            // A worker that dies while starting fails the handshake at once rather than at the timeout.
            await Task.WhenAny(handshaking, worker.Exited);
            if (!handshaking.IsCompleted)
            {
                return;
            }

            var (functions, httpUri) = await handshaking;
            catalog.MarkReady(functions, httpUri);
            logger.LogInformation(
                "Host started; {FunctionCount} functions loaded in {ElapsedMs} ms (worker pid {WorkerPid}): {FunctionNames}",
                functions.Count,
                clock.ElapsedMilliseconds,
                worker.Id,
                string.Join(", ", functions.Select(function => function.Name)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping; nothing to report.
        }
        catch (OperationCanceledException)
        {
            Fail("The worker did not start: no handshake within {StartupTimeout}", options.StartupTimeout);
        }
        catch (Exception exception) when (exception is WorkerStartupException or WorkerUnavailableException or System.ComponentModel.Win32Exception)
        {
            Fail("The worker did not start: {Reason}", exception.Message);
        }
    }

    private async Task WatchAsync(WorkerProcess process)
    {
        var exitCode = await process.Exited;
        if (stopping.IsCancellationRequested)
        {
            logger.LogInformation("The worker exited with code {ExitCode}", exitCode);
            return;
        }

        Fail("The worker (pid {WorkerPid}) exited with code {ExitCode}; the host stops", process.Id, exitCode);
    }

    private void Fail(string message, params object?[] arguments)
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

#pragma warning disable CA2254 // The templates are the constants passed by this class's callers.
        logger.LogCritical(message, arguments);
#pragma warning restore CA2254
        Environment.ExitCode = 1;
        worker?.Kill();
        lifetime.StopApplication();
    }
}
