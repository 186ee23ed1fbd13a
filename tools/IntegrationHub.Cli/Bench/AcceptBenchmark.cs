using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IntegrationHub.Cli.Demo;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>./hub bench accept</c>: latency of the accept path (auth, checks, hash, landing, submission document,
/// enqueue) for 100-entry bundles, next to a bare Blob PUT of the same bytes to the same Azurite, measured in
/// one run so the ratio is fair. The PUT is made with the Storage SDK as the app lands a body (write-once,
/// the app's client settings). Each bundle is distinct, so no request takes the idempotent shortcut.
/// </summary>
public static class AcceptBenchmark
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = new Uri(args.Get("url") ?? "http://127.0.0.1:7071");
        var iterations = args.GetInt("n", 200);
        var warmup = args.GetInt("warmup", 20);
        var key = args.Require("key");
        var storage = args.Get("storage") ?? "UseDevelopmentStorage=true";

        var bodies = MakeBodies(iterations + warmup, entries: 100);
        var container = new BlobServiceClient(storage, StorageClientSettings.Blobs()).GetBlobContainerClient("bench");
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        using var http = new HttpClient { BaseAddress = url };
        var token = DevelopmentTokens.Issue(key, TimeProvider.System.GetUtcNow(), "Submitter", "S08000031");
        var run = Guid.NewGuid().ToString("N")[..8];

        Console.WriteLine($"Accept path vs bare Blob PUT: {iterations} requests each (+{warmup} warm-up), bundle of 100 entries, {bodies[0].Length / 1024.0:F1} KiB");
        var accept = new List<double>();
        var put = new List<double>();
        for (var i = 0; i < bodies.Count; i++)
        {
            // Interleaved so both see the same machine state (GC, disk, emulator load).
            var a = await TimeAcceptAsync(http, token, bodies[i], cancellationToken);
            var p = await TimePutAsync(container.GetBlobClient($"{run}/{i}.json"), bodies[i], cancellationToken);
            if (i >= warmup)
            {
                accept.Add(a);
                put.Add(p);
            }
        }

        var acceptStats = LatencyStats.Of(accept);
        var putStats = LatencyStats.Of(put);
        Console.WriteLine("  accept (POST /api/fhir → 202)  " + acceptStats.Format());
        Console.WriteLine("  bare Blob PUT (same bytes)     " + putStats.Format());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  ratio accept / bare PUT: p50 {acceptStats.P50 / putStats.P50:F2}x, p90 {acceptStats.P90 / putStats.P90:F2}x, p99 {acceptStats.P99 / putStats.P99:F2}x; throughput (serial) {1000 / acceptStats.Mean:F0} vs {1000 / putStats.Mean:F0} req/s"));
        return 0;
    }

    private static List<byte[]> MakeBodies(int count, int entries)
    {
        var generator = new SyntheticFhir(DemoBoard.All[0], seed: 7);
        var patients = generator.Patients(count * 40);
        return [.. generator.Bundles(patients, entries).Take(count).Select(FhirJson.Serialize)];
    }

    private static async Task<double> TimeAcceptAsync(HttpClient http, string token, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fhir") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"accept answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return elapsed;
    }

    private static async Task<double> TimePutAsync(BlobClient blob, byte[] body, CancellationToken cancellationToken)
    {
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/fhir+json" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        var clock = Stopwatch.StartNew();
        await blob.UploadAsync(new MemoryStream(body), upload, cancellationToken);
        return clock.Elapsed.TotalMilliseconds;
    }
}
