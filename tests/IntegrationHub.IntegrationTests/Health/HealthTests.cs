using System.Net;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task AllDependenciesUp_Answers200Healthy_AndServiceBusOffWhenNotConfigured()
    {
        using var app = new HubAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("off", health.GetProperty("serviceBus").GetString());
        Assert.False(health.GetProperty("checks").TryGetProperty("serviceBus", out _));
    }

    [Fact]
    public async Task AzuriteStopped_Answers503NamingBlobAndQueue()
    {
        using var emulators = LocalEmulators.StartPrivate();
        using var app = new HubAppFactory(emulators);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        emulators.Azurite.Stop();
        var failed = await UnhealthyDependenciesAsync(client);

        Assert.Contains("blob", failed);
        Assert.Contains("queue", failed);
        Assert.DoesNotContain("cosmos", failed);
    }

    [Fact]
    public async Task CosmosStopped_Answers503NamingCosmos()
    {
        using var emulators = LocalEmulators.StartPrivate();
        using var app = new HubAppFactory(emulators);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        emulators.Cosmos.Stop();
        var failed = await UnhealthyDependenciesAsync(client);

        Assert.Equal(["cosmos"], failed);
    }

    /// <summary>Asserts a 503 and returns the dependencies it names as failed.</summary>
    private static async Task<List<string?>> UnhealthyDependenciesAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("failed")
            .EnumerateArray().Select(f => f.GetString())];
    }
}
