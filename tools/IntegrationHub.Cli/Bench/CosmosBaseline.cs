using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Domain;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The baseline the processing benchmarks are read against: bare upserts into the same Cosmos emulator, 16 in
/// flight, measured in the same run, so a result says how close processing gets to what the store can take.
/// </summary>
public static class CosmosBaseline
{
    /// <summary>A service provider on a fresh benchmark database of the given emulator, with its hosted services started.</summary>
    public static async Task<ServiceProvider> ServicesAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = args.Get("storage") ?? "UseDevelopmentStorage=true",
            ["Cosmos:Endpoint"] = args.Get("cosmos") ?? "https://127.0.0.1:8081/",
            ["Cosmos:Key"] = args.Require("cosmos-key"),
            ["Cosmos:DatabaseName"] = "bench-" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddHubDomain().AddHubInfrastructure(configuration).BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(cancellationToken);
        }

        return services;
    }

    public static async Task<double> RawUpsertRateAsync(HubContainers containers, long count, CancellationToken cancellationToken)
    {
        var container = containers.Persons;
        var n = (int)Math.Clamp(count, 500, 5000);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var id = "raw-" + i.ToString(CultureInfo.InvariantCulture);
            await container.UpsertItemAsync(new { id, personId = id, type = "bench", value = i }, new PartitionKey(id), cancellationToken: ct);
        });
        return n / clock.Elapsed.TotalSeconds;
    }
}
