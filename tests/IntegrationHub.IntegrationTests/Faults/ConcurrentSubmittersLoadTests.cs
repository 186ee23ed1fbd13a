using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// Bounded load on loopback: several boards submitting as fast as they are answered for a fixed time, then every
/// accepted submission must complete with its exact counts (0 lost, 0 duplicated), with no 5xx on the way.
/// Accept latency percentiles go to the test output. Private emulators so other tests neither add nor take load.
/// </summary>
public sealed class ConcurrentSubmittersLoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Submitters = 8;
    private const int PatientsPerBundle = 3;
    // Long enough for hundreds of concurrent accepts; the emulated store slows as it fills, so longer only adds drain time.
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private static readonly string[] Boards = ["S08000015", "S08000016", "S08000017", "S08000019", "S08000020", "S08000022", "S08000024", "S08000031"];

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task EightSubmittersForThirtySeconds_LoseNothingDuplicateNothingAndNever5xx()
    {
        // The per-org limit is not what is measured here; lift it so every request reaches the accept path.
        using var app = new HubAppFactory(emulators, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "1000000" });
        var accepted = new ConcurrentBag<(string Board, string Location, long At)>();
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        // Started before the clock: on a loaded machine the host's start alone can outlast the load window.
        app.Start();
        var stopAt = TimeProvider.System.GetUtcNow() + Duration;

        var submitters = Enumerable.Range(0, Submitters).Select(i => Task.Run(async () =>
        {
            var board = Boards[i % Boards.Length];
            using var client = app.ClientFor("Submitter", board);
            while (TimeProvider.System.GetUtcNow() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(PatientsPerBundle)));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    accepted.Add((board, response.Content.Headers.ContentLocation!.ToString(), Stopwatch.GetTimestamp()));
                }
            }
        })).ToList();
        await Task.WhenAll(submitters);
        var drainStarted = Stopwatch.GetTimestamp();

        // Waited for in the order they were accepted, which is roughly the queue's: each wait then covers only the
        // few submissions queued just before it, so a timeout means processing stalled, not that the backlog was long.
        var readers = Boards.ToDictionary(b => b, b => app.ClientFor("Submitter", b));
        var outcomes = new List<System.Text.Json.JsonElement>();
        foreach (var (board, location, _) in accepted.OrderBy(a => a.At))
        {
            outcomes.Add(await SubmissionPolling.WaitForFinishAsync(readers[board], location, TimeSpan.FromSeconds(180)));
        }

        foreach (var reader in readers.Values)
        {
            reader.Dispose();
        }

        var drained = Stopwatch.GetElapsedTime(drainStarted);
        var sorted = latencies.Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Submitters} submitters × {Duration.TotalSeconds:0} s: {sorted.Length} requests ({sorted.Length / Duration.TotalSeconds:0.0}/s), {accepted.Count} accepted"));
        output.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}×{s.Value}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accept latency ms: p50 {Percentile(sorted, 0.50):0.0}, p90 {Percentile(sorted, 0.90):0.0}, p99 {Percentile(sorted, 0.99):0.0}, max {sorted[^1]:0.0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {outcomes.Count} finished {drained.TotalSeconds:0.0} s after the last request"));

        Assert.DoesNotContain(statuses.Keys, s => (int)s >= 500);
        Assert.Equal([HttpStatusCode.Accepted], statuses.Keys);
        Assert.True(accepted.Count >= Submitters, $"only {accepted.Count} submissions in {Duration}");
        // Every body was unique, so every 202 is its own submission: as many distinct ids as requests.
        Assert.Equal(accepted.Count, accepted.Select(a => a.Location).Distinct(StringComparer.Ordinal).Count());
        Assert.All(outcomes, o =>
        {
            Assert.Equal("completed", o.GetProperty("status").GetString());
            var counts = o.GetProperty("counts");
            Assert.Equal(PatientsPerBundle, counts.GetProperty("entries").GetInt32());
            Assert.Equal(PatientsPerBundle, counts.GetProperty("accepted").GetInt32());
            Assert.Equal(PatientsPerBundle, counts.GetProperty("people").GetInt32());
            Assert.Equal(PatientsPerBundle, counts.GetProperty("newPeople").GetInt32());
        });
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
