using System.Net.Http.Headers;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Testing.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// The real app (standalone mode unless told otherwise) against real emulators. Every instance shares the
/// emulators' one Cosmos database and queues, as several workers do in Azure, so any instance may process
/// any message; tests keep apart by sending their own data.
/// </summary>
public class HubAppFactory : WebApplicationFactory<Program>
{
    private readonly LocalEmulators emulators;
    private readonly IReadOnlyDictionary<string, string?> settings;

    public HubAppFactory(LocalEmulators? emulators = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.emulators = emulators ?? LocalEmulators.Shared;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>A fresh key per factory: tokens are made by the test, never read from the repo.</summary>
    public string SigningKey { get; } = DevelopmentTokens.NewSigningKey();

    /// <summary>One key for every factory of the test run, so all of them give a person the same anonId.</summary>
    public static string PseudonymisationKey { get; } = DevelopmentTokens.NewSigningKey();

    public HttpClient ClientFor(string role, string? org = null, params string[] ias)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, org, ias));
        return client;
    }

    public string Token(string role, string? org = null, params string[] ias) =>
        DevelopmentTokens.Issue(SigningKey, TimeProvider.System.GetUtcNow(), role, org, ias);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", emulators.StorageConnectionString);
        builder.UseSetting("Cosmos:Endpoint", emulators.CosmosEndpoint);
        builder.UseSetting("Cosmos:Key", LocalEmulators.CosmosDevelopmentKey);
        builder.UseSetting("Auth:DevelopmentSigningKey", SigningKey);
        builder.UseSetting("Pseudonymisation:DevelopmentKey", PseudonymisationKey);
        builder.UseSetting("Hosting:RetryDelay", "00:00:00.200");
        builder.UseSetting("Hosting:MaxPollInterval", "00:00:00.250");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
