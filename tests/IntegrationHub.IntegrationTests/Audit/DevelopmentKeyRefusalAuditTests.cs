using IntegrationHub.Domain.Audit;
using IntegrationHub.Infrastructure;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Audit;

/// <summary>
/// A development signing key in Production stops the app (DevelopmentKeyRefusalTests); the refusal is also one
/// audit record naming the setting, never its value, written by the hub itself before it stops.
/// </summary>
public sealed class DevelopmentKeyRefusalAuditTests : IDisposable
{
    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task DevelopmentSigningKeyInProduction_IsRecordedOnce_WithoutItsValue()
    {
        using var app = new HubAppFactory(emulators, new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Pseudonymisation:DevelopmentKey"] = string.Empty,
            ["Pseudonymisation:Key"] = HubAppFactory.PseudonymisationKey,
        });

        Assert.NotNull(Record.Exception(() => app.CreateClient()));

        using var services = Services();
        var trail = services.GetRequiredService<IAuditTrail>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var records = new List<AuditRecord>();
        foreach (var day in AuditDays.Range(today.AddDays(-1), today))
        {
            records.AddRange(await trail.ReadDayAsync(day, actor: null, target: null, default));
        }

        var record = Assert.Single(records);
        Assert.Equal((AuditActions.ConfigurationRefused, "Auth:DevelopmentSigningKey", AuditResults.Refused), (record.Action, record.Target, record.Result));
        Assert.Equal(AuditActor.Hub.Subject, record.Actor.Subject);
        Assert.DoesNotContain(app.SigningKey, System.Text.Json.JsonSerializer.Serialize(record), StringComparison.Ordinal);
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = emulators.StorageConnectionString,
            ["Cosmos:Endpoint"] = emulators.CosmosEndpoint,
            ["Cosmos:Key"] = LocalEmulators.CosmosDevelopmentKey,
            ["Pseudonymisation:Key"] = HubAppFactory.PseudonymisationKey,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddHubInfrastructure(configuration);
        return collection.BuildServiceProvider();
    }
}
