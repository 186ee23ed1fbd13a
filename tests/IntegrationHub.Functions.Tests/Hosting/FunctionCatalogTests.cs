using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Tests.Hosting;

public sealed class FunctionCatalogTests
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.Load(AppContext.BaseDirectory);

    [Fact]
    public void ShippedFunctions_IncludeTheIngestQueueTrigger()
    {
        var function = Catalog.Find("ProcessSubmission");

        Assert.NotNull(function);
        Assert.True(function.IsQueue);
        Assert.Equal("ingest", function.Trigger.QueueName);
        Assert.Equal("message", function.Trigger.Name);
        Assert.Equal("Storage", function.Trigger.Connection);
    }

    [Fact]
    public void HostJson_SetsMaxDequeueCountFiveAndAVisibilityTimeout()
    {
        Assert.Equal(5, Catalog.MaxDequeueCount);
        Assert.True(Catalog.VisibilityTimeout > TimeSpan.Zero);
    }

    [Fact]
    public void EveryHttpFunction_HasARouteAndAnHttpOutput()
    {
        var http = Catalog.Functions.Where(f => f.IsHttp).ToList();

        Assert.NotEmpty(http);
        Assert.All(http, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Trigger.Route));
            Assert.NotEmpty(f.Trigger.Methods);
            Assert.Contains(f.Bindings, b => b.Type == "http" && b.Direction == "out");
        });
    }
}
