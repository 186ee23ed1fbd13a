using IntegrationHub.Domain.Audit;
using IntegrationHub.Infrastructure.Audit;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Functions.Audit;

/// <summary>
/// A development key outside Development would let self-made tokens in, or mint pseudonyms from a key that is not in
/// Key Vault: the app refuses to start (AddHubAuth, the pseudonymisation options). Before it does, the refusal is
/// recorded in the audit trail when the stores answer, and logged either way, so an information governance lead sees
/// the attempt and not only an operator reading start-up logs.
/// </summary>
public static class DevelopmentKeyRefusalAudit
{
    public static readonly string[] DevelopmentKeys = ["Auth:DevelopmentSigningKey", "Pseudonymisation:DevelopmentKey"];

    /// <summary>
    /// Long enough for a reachable store on a loaded machine (the containers are made here, which took 18 s at load 50),
    /// short enough not to hold up a start that fails anyway, and inside the host's minute for a worker to start.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public static void RecordIfRefused(IConfiguration configuration, IHostEnvironment environment)
    {
        var refused = DevelopmentKeys.Where(key => !string.IsNullOrEmpty(configuration[key])).ToList();
        if (refused.Count == 0 || environment.IsDevelopment())
        {
            return;
        }

        using var services = Services(configuration);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DevelopmentKeyRefusalAudit));
        foreach (var key in refused)
        {
            logger.LogCritical("{Setting} is set in the {Environment} environment; development keys are refused and the app will not start", key, environment.EnvironmentName);
        }

        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            RecordAsync(services, refused, timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The refusal of {Settings} could not be recorded in the audit trail", string.Join(", ", refused));
        }
    }

    private static async Task RecordAsync(IServiceProvider services, IReadOnlyList<string> refused, CancellationToken cancellationToken)
    {
        // The start-up bootstrapper never runs for an app that refuses to start, so the trail's containers are made here.
        await services.GetRequiredService<CosmosBootstrapper>().EnsureCreatedAsync(cancellationToken);
        await services.GetRequiredService<BlobAuditCopy>().Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var request = new AuditRequest(TimeProvider.System.GetUtcNow(), AuditActor.Hub, ClientAddress: null, TraceId: null);
        await services.GetRequiredService<IAuditTrail>().AppendAsync([.. refused.Select(key => AuditRecords.ConfigurationRefused(request, key))], cancellationToken);
    }

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole());
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddHubStorage(configuration);
        services.AddHubCosmos(configuration);
        services.AddHubAudit(configuration);
        return services.BuildServiceProvider();
    }
}
