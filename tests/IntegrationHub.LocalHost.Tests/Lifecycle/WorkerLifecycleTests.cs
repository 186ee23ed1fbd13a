using Azure.Storage.Queues;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.LocalHost.Tests.Hosting;
using IntegrationHub.Testing.Functions;

namespace IntegrationHub.LocalHost.Tests.Lifecycle;

/// <summary>
/// The host and its worker live and die together, and the host never hangs. Each test runs a host of its own
/// with the sample's triggers disabled (AzureWebJobs.&lt;name&gt;.Disabled), so it leaves the shared queues alone.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class WorkerLifecycleTests
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(20);

    private static readonly Dictionary<string, string> TriggersDisabled = new()
    {
        ["AzureWebJobs.WorkItem.Disabled"] = "true",
        ["AzureWebJobs.Tick.Disabled"] = "true",
        ["AzureWebJobs.OnStartup.Disabled"] = "1",
        ["AzureWebJobs__Files__Disabled"] = "true",
    };

    private readonly LocalHostFixture fixture;

    public WorkerLifecycleTests(LocalHostFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task Disabled_functions_are_never_triggered_and_stopping_the_host_stops_its_worker_and_exits_zero()
    {
        using var host = await StartAsync();
        var worker = host.WorkerProcessId;
        var functions = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("admin/functions", UriKind.Relative));
        var disabled = functions.EnumerateArray()
            .Where(function => function.GetProperty("isDisabled").GetBoolean())
            .Select(function => function.GetProperty("name").GetString())
            .Order();
        Assert.Equal(["Files", "OnStartup", "Tick", "WorkItem"], disabled);
        using (var off = await host.Client.GetAsync(new Uri("sample/files/a.txt", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        }

        host.Terminate();

        Assert.Equal(0, await host.WaitForExitAsync(ExitPatience));
        Assert.False(LocalHostProcess.IsRunning(worker), $"the worker (pid {worker}) outlived the host:{Environment.NewLine}{host.Output}");
    }

    [Fact]
    public async Task A_worker_that_dies_makes_the_host_exit_non_zero()
    {
        using var host = await StartAsync();

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
        using var host = LocalHostProcess.Start(BuiltArtifacts.NotAWorker, fixture.Settings(), startupTimeout: "00:00:20");

        Assert.NotEqual(0, await host.WaitForExitAsync(ExitPatience));
        Assert.Contains("The worker", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_host_lets_a_running_queue_invocation_finish_and_settles_its_message()
    {
        // A queue of its own, so the collection's host leaves the held message to this one.
        var queueName = "drain-" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string>(TriggersDisabled) { ["AzureWebJobs.WorkItem.Disabled"] = "false", ["WorkQueue"] = queueName };
        using var host = LocalHostProcess.Start(BuiltArtifacts.SampleWorker, fixture.Settings(settings));
        await host.WaitUntilReadyAsync(StartPatience);
        var queue = fixture.Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        var held = "hold-" + Guid.NewGuid();
        await queue.SendMessageAsync(held);
        await fixture.Attempts.WaitForAsync(records => records.Any(record => record.StartsWith(held + "|", StringComparison.Ordinal)), StartPatience, "the held message started");

        host.Terminate();
        await Eventually.HoldsAsync(() => Task.FromResult(host.Output.Contains("running invocation(s) before stopping the worker", StringComparison.Ordinal)), ExitPatience, "the host draining");
        await new QueueClient(fixture.StorageConnectionString, "releases").SendMessageAsync(held);

        Assert.Equal(0, await host.WaitForExitAsync(ExitPatience));
        await fixture.Done.WaitForAsync(records => records.Contains(held), ExitPatience, "the held message finished while the host drained");
        var left = await queue.GetPropertiesAsync();
        Assert.Equal(0, left.Value.ApproximateMessagesCount);
    }

    private async Task<LocalHostProcess> StartAsync()
    {
        var host = LocalHostProcess.Start(BuiltArtifacts.SampleWorker, fixture.Settings(TriggersDisabled));
        try
        {
            await host.WaitUntilReadyAsync(StartPatience);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
