using IntegrationHub.LocalHost.Tests.Hosting;

namespace IntegrationHub.LocalHost.Tests.Lifecycle;

/// <summary>The host and its worker live and die together, and the host never hangs. Each test runs its own host.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WorkerLifecycleTests
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(20);

    private readonly LocalHostFixture fixture;

    public WorkerLifecycleTests(LocalHostFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task Stopping_the_host_stops_its_worker_and_exits_zero()
    {
        using var host = LocalHostProcess.Start(fixture.StorageConnectionString);
        await host.WaitUntilReadyAsync(StartPatience);
        var worker = host.WorkerProcessId;

        host.Terminate();

        Assert.Equal(0, await host.WaitForExitAsync(ExitPatience));
        Assert.False(LocalHostProcess.IsRunning(worker), $"the worker (pid {worker}) outlived the host:{Environment.NewLine}{host.Output}");
    }

    [Fact]
    public async Task A_worker_that_dies_makes_the_host_exit_non_zero()
    {
        using var host = LocalHostProcess.Start(fixture.StorageConnectionString);
        await host.WaitUntilReadyAsync(StartPatience);

        using (var worker = System.Diagnostics.Process.GetProcessById(host.WorkerProcessId))
        {
            worker.Kill();
        }

        Assert.NotEqual(0, await host.WaitForExitAsync(ExitPatience));
        Assert.Contains("exited with code", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_that_cannot_start_makes_the_host_exit_non_zero_with_the_reason()
    {
        using var host = LocalHostProcess.Start(fixture.StorageConnectionString, worker: BuiltArtifacts.NotAWorker, startupTimeout: "00:00:20");

        Assert.NotEqual(0, await host.WaitForExitAsync(ExitPatience));
        Assert.Contains("The worker", host.Output, StringComparison.Ordinal);
    }
}
