using System.Net.Http.Headers;
using IntegrationHub.Domain;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Testing.Emulators;
using IntegrationHub.Testing.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// The real app: the isolated worker under the local Functions host, two processes, against real emulators. Every
/// instance shares the emulators' one Cosmos database and queues, as several workers do in Azure, so any instance
/// may process any message; tests keep apart by sending their own data. <see cref="Services"/> is the test's own
/// view of the same storage (the hub's repositories, built with the same settings) for checking what was written.
/// </summary>
public class HubAppFactory : IDisposable
{
    private readonly LocalEmulators emulators;
    private readonly Dictionary<string, string?> settings;
    private readonly Lazy<LocalHostProcess> host;
    private readonly Lazy<ServiceProvider> services;
    private readonly TestScriptRoot scriptRoot;

    public HubAppFactory(LocalEmulators? emulators = null, IReadOnlyDictionary<string, string?>? settings = null, QueueHostSettings? queues = null)
    {
        this.emulators = emulators ?? LocalEmulators.Shared;
        this.settings = Settings(this.emulators, SigningKey, settings);
        scriptRoot = new TestScriptRoot(queues ?? QueueHostSettings.Fast);
        host = new Lazy<LocalHostProcess>(StartHost);
        services = new Lazy<ServiceProvider>(BuildServices);
    }

    /// <summary>A fresh key per factory: tokens are made by the test, never read from the repo.</summary>
    public string SigningKey { get; } = DevelopmentTokens.NewSigningKey();

    /// <summary>One key for every factory of the test run, so all of them give a person the same anonId.</summary>
    public static string PseudonymisationKey { get; } = DevelopmentTokens.NewSigningKey();

    /// <summary>
    /// Settings that disable every queue and timer function (the Functions host's <c>AzureWebJobs.&lt;name&gt;.Disabled</c>),
    /// for an app that only answers HTTP while another processes, or while the test drives the handlers itself.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> WithoutTriggers { get; } =
        BuiltFunctionMetadata.NonHttpFunctions()
            .ToDictionary(name => $"AzureWebJobs.{name}.Disabled", _ => (string?)"true", StringComparer.Ordinal);

    /// <summary>The running host (started on first use).</summary>
    public LocalHostProcess Host => host.Value;

    /// <summary>The hub's repositories and handlers over the same emulators, for the test's own reads and writes.</summary>
    public IServiceProvider Services
    {
        get
        {
            _ = host.Value;
            return services.Value;
        }
    }

    /// <summary>Starts the host and its worker now (they start on first use otherwise).</summary>
    public void Start() => _ = host.Value;

    public HttpClient CreateClient() => new() { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public HttpClient ClientFor(string role, string? org = null, params string[] ias)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, org, ias));
        return client;
    }

    /// <summary>
    /// The hub's repositories and handlers over <paramref name="emulators"/> with these settings, without starting a host
    /// (the resources must exist: start an app on the same emulators first), e.g. to compare two configurations.
    /// </summary>
    public static ServiceProvider ServicesFor(LocalEmulators emulators, IReadOnlyDictionary<string, string?>? settings = null) =>
        BuildServices(Settings(emulators, DevelopmentTokens.NewSigningKey(), settings));

    public string Token(string role, string? org = null, params string[] ias) =>
        DevelopmentTokens.Issue(SigningKey, TimeProvider.System.GetUtcNow(), role, org, ias);

    public void Dispose()
    {
        if (host.IsValueCreated)
        {
            host.Value.Dispose();
        }

        if (services.IsValueCreated)
        {
            // Async: the Service Bus client and sender are only IAsyncDisposable.
            services.Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        scriptRoot.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Dictionary<string, string?> Settings(LocalEmulators emulators, string signingKey, IReadOnlyDictionary<string, string?>? extra)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["AzureWebJobsStorage"] = emulators.StorageConnectionString,
            ["Storage"] = emulators.StorageConnectionString,
            ["Storage:ConnectionString"] = emulators.StorageConnectionString,
            ["Cosmos:Endpoint"] = emulators.CosmosEndpoint,
            ["Cosmos:Key"] = LocalEmulators.CosmosDevelopmentKey,
            ["Auth:DevelopmentSigningKey"] = signingKey,
            ["Pseudonymisation:DevelopmentKey"] = PseudonymisationKey,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    private LocalHostProcess StartHost()
    {
        var started = LocalHostProcess.Start(WorkerBuild.WorkerAssembly, settings, scriptRoot.Path);
        try
        {
            // Synchronous like WebApplicationFactory's start: tests touch the app from constructors and properties.
            started.WaitUntilReadyAsync(TimeSpan.FromSeconds(90)).GetAwaiter().GetResult();
            return started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    private ServiceProvider BuildServices() => BuildServices(settings);

    private static ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new TestHostEnvironment(settings["AZURE_FUNCTIONS_ENVIRONMENT"] ?? "Development"));
        collection.AddHubDomain();
        collection.AddHubInfrastructure(configuration);
        return collection.BuildServiceProvider();
    }
}
