using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.LocalHost.Tests.Hosting;

namespace IntegrationHub.LocalHost.Tests.Metadata;

/// <summary>The host takes its functions from the worker's own indexing: every one, with its trigger as declared.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class FunctionMetadataTests
{
    private readonly LocalHostFixture fixture;

    public FunctionMetadataTests(LocalHostFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task Every_function_is_loaded_with_its_trigger()
    {
        var functions = await fixture.Host.Client.GetFromJsonAsync<JsonElement>(new Uri("admin/functions", UriKind.Relative));

        var byName = functions.EnumerateArray().ToDictionary(function => function.GetProperty("name").GetString()!);
        Assert.Equal(["Echo", "Fail", "Files", "OnStartup", "Tick", "WorkItem"], byName.Keys.Order());

        var echo = Trigger(byName["Echo"]);
        Assert.Equal("httpTrigger", echo.GetProperty("type").GetString());
        Assert.Equal("echo/{id:int}", echo.GetProperty("route").GetString());
        Assert.Equal(["get", "post"], echo.GetProperty("methods").EnumerateArray().Select(method => method.GetString()!.ToLowerInvariant()));

        Assert.Equal("files/{*rest}", Trigger(byName["Files"]).GetProperty("route").GetString());

        var queue = Trigger(byName["WorkItem"]);
        Assert.Equal("queueTrigger", queue.GetProperty("type").GetString());
        Assert.Equal("%WorkQueue%", queue.GetProperty("queueName").GetString());
        Assert.Equal("Storage", queue.GetProperty("connection").GetString());

        var tick = Trigger(byName["Tick"]);
        Assert.Equal("timerTrigger", tick.GetProperty("type").GetString());
        Assert.Equal("*/2 * * * * *", tick.GetProperty("schedule").GetString());
        Assert.True(Trigger(byName["OnStartup"]).GetProperty("runOnStartup").GetBoolean());
    }

    private static JsonElement Trigger(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray()
            .Single(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
