using System.Diagnostics;
using System.Globalization;
using System.Text;
using IntegrationHub.Cli.Demo;
using IntegrationHub.Domain;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>./hub bench fhir</c>: FHIR resources per second through the real processing path (landed body → parse →
/// link → Cosmos), next to the raw upsert rate of the same Cosmos emulator at the same parallelism, measured
/// in one run; with Cosmos operations and RU per resource.
/// </summary>
public static class FhirBenchmark
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var bundles = args.GetInt("bundles", 10);
        await using var services = await CosmosBaseline.ServicesAsync(args, cancellationToken);
        var accept = services.GetRequiredService<AcceptSubmissionHandler>();
        var process = services.GetRequiredService<ProcessSubmissionHandler>();
        var counter = services.GetRequiredService<CosmosOperationCounter>();
        var generator = new SyntheticFhir(DemoBoard.All[1], seed: 11);
        // One more bundle than measured: the first warms up (JIT, connections, the matcher's model) and is not counted.
        var bodies = generator.Bundles(generator.Patients((bundles + 1) * 40), 100).Take(bundles + 1).Select(FhirJson.Serialize).ToList();
        var ids = new List<string>();
        foreach (var body in bodies)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
            var result = await accept.HandleAsync(new AcceptSubmissionCommand("S08000024", SubmissionKind.Fhir, null, "application/fhir+json", new MemoryStream(body), hash, body.Length), cancellationToken);
            ids.Add(result.Submission.Id);
        }

        await process.HandleAsync(new SubmissionMessage(ids[0]), cancellationToken);
        ids.RemoveAt(0);
        var parsePerResource = ParseTimePerResource(bodies.Skip(1).ToList());
        var before = (counter.Operations, counter.RequestCharge);
        var kindsBefore = counter.ByKind();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (id, ct) => await process.HandleAsync(new SubmissionMessage(id), ct));
        var elapsed = clock.Elapsed.TotalSeconds;
        var store = services.GetRequiredService<ISubmissionStore>();
        var resources = 0;
        foreach (var id in ids)
        {
            resources += (await store.GetAsync(id, cancellationToken))!.Counts.Accepted;
        }

        var operations = counter.Operations - before.Operations;
        var charge = counter.RequestCharge - before.RequestCharge;
        var kinds = counter.ByKind()
            .Select(pair => (Kind: pair.Key, Totals: pair.Value.Since(kindsBefore.GetValueOrDefault(pair.Key, CosmosOperationTotals.None))))
            .Where(kind => kind.Totals.Operations > 0)
            .OrderByDescending(kind => kind.Totals.Operations)
            .ToList();
        var upsertRate = await CosmosBaseline.RawUpsertRateAsync(services.GetRequiredService<HubContainers>(), operations, cancellationToken);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FHIR processing ({Environment.ProcessorCount} cores, after one warm-up bundle): {resources} resources in {bundles} bundles in {elapsed:F2} s = {resources / elapsed:F0} resources/s"));
        // The processor runs two submissions at once, so one resource takes about twice the wall time per resource.
        var processingPerResource = elapsed * 2 / resources;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse (Firely deserialiser + the hub's rules, one thread): {parsePerResource * 1e6:F0} µs per resource = {parsePerResource / processingPerResource:P1} of the {processingPerResource * 1e3:F2} ms processing time per resource (2 in parallel)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Cosmos operations: {operations} = {(double)operations / resources:F2} per resource, {charge / resources:F2} RU per resource (emulator charges)"));
        foreach (var (kind, totals) in kinds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {kind,-28} {(double)totals.Operations / resources,6:F2} per resource, {totals.RequestCharge / resources,6:F2} RU per resource"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw Cosmos upsert rate, same emulator, 16 in flight: {upsertRate:F0} upserts/s → the processor reaches {(double)operations / elapsed / upsertRate:P0} of raw operation throughput"));
        return 0;
    }

    /// <summary>Seconds per resource to read the same bodies with <see cref="FhirParser"/>, after one warm-up pass.</summary>
    private static double ParseTimePerResource(IReadOnlyList<byte[]> bodies)
    {
        var resources = bodies.Sum(b => FhirParser.Parse(b).Entries.Count);
        const int passes = 5;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var body in bodies)
            {
                FhirParser.Parse(body);
            }
        }

        return clock.Elapsed.TotalSeconds / passes / resources;
    }
}
