using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Cli.Demo;
using IntegrationHub.Domain.Reference;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Infrastructure.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>./hub bench extract</c>: a generated social care extract of the given size (default just under the 64 MiB
/// limit) pushed through a running app; reports rows per second next to the raw Cosmos upsert rate of the same
/// emulator, and the app's peak working set next to its idle working set, both measured in this run.
/// </summary>
public static class ExtractBenchmark
{
    private const long MaxBytes = (64L * 1024 * 1024) - (64 * 1024);

    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = new Uri(args.Require("url"));
        var appPid = args.GetInt("app-pid", 0);
        var targetBytes = Math.Min((long)(double.Parse(args.Get("mib") ?? "64", CultureInfo.InvariantCulture) * 1024 * 1024), MaxBytes);
        var council = ReferenceData.Scotland.CouncilByCode("S12000049")!;
        var file = Path.Combine(args.Get("dir") ?? Path.GetTempPath(), $"bench-extract-{Guid.NewGuid():N}.csv");

        try
        {
            var rows = await GenerateAsync(file, council, targetBytes, cancellationToken);
            var bytes = new FileInfo(file).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extract: {rows} rows, {bytes / 1048576.0:F1} MiB ({council.Name})"));

            double upsertRate;
            await using (var services = await CosmosBaseline.ServicesAsync(args, cancellationToken))
            {
                upsertRate = await CosmosBaseline.RawUpsertRateAsync(services.GetRequiredService<HubContainers>(), 3000, cancellationToken);
            }

            var idle = Memory.Read(appPid);
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Issue(args.Require("key"), TimeProvider.System.GetUtcNow(), "Submitter", council.Code));
            var clock = Stopwatch.StartNew();
            string location;
            await using (var body = File.OpenRead(file))
            {
                using var content = new StreamContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                using var response = await http.PostAsync("/api/social-care/extracts", content, cancellationToken);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    Console.Error.WriteLine($"not accepted: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    return 1;
                }

                location = response.Content.Headers.ContentLocation!.ToString();
            }

            var accepted = clock.Elapsed.TotalSeconds;
            var status = await WaitAsync(http, location, cancellationToken);
            var total = clock.Elapsed.TotalSeconds;
            var processing = total - accepted;
            var peak = Memory.Read(appPid);
            var counts = status.GetProperty("counts");

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  status {status.GetProperty("status").GetString()}: {counts.GetProperty("entries").GetInt32()} rows, {counts.GetProperty("people").GetInt32()} people, {counts.GetProperty("activities").GetInt32()} activities"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accepted in {accepted:F1} s, processed in {processing:F1} s = {rows / processing:F0} rows/s ({rows / total:F0} rows/s end to end)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  raw Cosmos upsert rate, same emulator, 16 in flight: {upsertRate:F0} upserts/s → {rows / processing / upsertRate:F2} rows per raw upsert"));
            if (appPid > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  app working set: idle {idle.CurrentMiB:F0} MiB, peak {peak.PeakMiB:F0} MiB over the whole run (peak/idle {peak.PeakMiB / idle.CurrentMiB:F2}, peak/file {peak.PeakMiB / (bytes / 1048576.0):F2})"));
            }

            return status.GetProperty("status").GetString() is "completed" or "completed-with-errors" ? 0 : 1;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<int> GenerateAsync(string file, Council council, long targetBytes, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteAsync(SyntheticExtract.Header + "\r\n");
        var written = (long)SyntheticExtract.Header.Length + 2;
        var rows = 0;
        foreach (var row in new SyntheticExtract(council, seed: 64, runTag: Guid.NewGuid().ToString("N")[..6]).Rows([], int.MaxValue, 2025, quarters: 4))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (written + row.Length + 2 > targetBytes)
            {
                break;
            }

            await writer.WriteAsync(row + "\r\n");
            written += row.Length + 2;
            rows++;
        }

        return rows;
    }

    private static async Task<JsonElement> WaitAsync(HttpClient http, string location, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>(location, cancellationToken);
            if (status.GetProperty("status").GetString() is not ("accepted" or "processing"))
            {
                Console.WriteLine();
                return status;
            }

            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  processing… {clock.Elapsed.TotalSeconds:F0} s"));
            await Task.Delay(1000, cancellationToken);
        }
    }

    /// <summary>Working set of a process from /proc (VmRSS now, VmHWM the peak since it started).</summary>
    private readonly record struct Memory(double CurrentMiB, double PeakMiB)
    {
        public static Memory Read(int pid)
        {
            if (pid <= 0 || !File.Exists($"/proc/{pid}/status"))
            {
                return new Memory(double.NaN, double.NaN);
            }

            var lines = File.ReadAllLines($"/proc/{pid}/status");
            double Kb(string name) => double.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            return new Memory(Kb("VmRSS:"), Kb("VmHWM:"));
        }
    }
}
