using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// Emulator outages while boards keep submitting. Azurite keeps its data on disk, so a restart is a real outage
/// and recovery; the Cosmos API server is in memory, so its restart loses every document and database — which
/// Azure Cosmos DB never does — and the only meaningful checks are that the app survives the outage, says so on
/// /api/health, accepts nothing it cannot record, and works again once restarted against the new server.
/// </summary>
public sealed class EmulatorOutageTests(ITestOutputHelper output) : IDisposable
{
    private const int PatientsPerBundle = 3;

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task AzuriteRestartMidRun_EveryAcceptedSubmissionCompletesExactlyOnce()
    {
        using var app = new HubAppFactory(emulators);
        using (var warmUp = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await warmUp.GetAsync("/api/health")).StatusCode);
        }

        var accepted = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var stop = new CancellationTokenSource();

        var submitters = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            using var client = app.ClientFor("Submitter", "S08000031");
            client.Timeout = TimeSpan.FromSeconds(60);
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(PatientsPerBundle)));
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    accepted.Add(response.Content.Headers.ContentLocation!.ToString());
                }
                else
                {
                    await Task.Delay(100);
                }
            }
        })).ToList();

        await Eventually.ReachAsync(() => Task.FromResult(accepted.Count), n => n >= 5, TimeSpan.FromSeconds(60));
        // Azurite saves its state every 5 s and on a graceful stop; a kill (SIGKILL) loses the last seconds of
        // acknowledged blobs and messages, which Azure Storage never does, so the outage here is a graceful restart.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var beforeOutage = accepted.Count;
        emulators.Azurite.StopGracefully();
        await Task.Delay(TimeSpan.FromSeconds(3));
        emulators.Azurite.Start();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await stop.CancelAsync();
        await Task.WhenAll(submitters);

        using var reader = app.ClientFor("Submitter", "S08000031");
        // A message lost in the outage (e.g. one being processed when Azurite went away) is the sweeper's case:
        // give the queue time to drain, then sweep as the timer would, with no age threshold.
        await WaitUntilSettledAsync(reader, accepted, TimeSpan.FromSeconds(20));
        var requeued = await app.Services.GetRequiredService<StuckSubmissionSweeper>().SweepAsync(TimeSpan.Zero, CancellationToken.None);
        var outcomes = new List<JsonElement>();
        foreach (var location in accepted)
        {
            outcomes.Add(await SubmissionPolling.WaitForFinishAsync(reader, location, TimeSpan.FromSeconds(120)));
        }

        output.WriteLine($"accepted {accepted.Count} ({beforeOutage} before the outage); answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; sweeper re-enqueued {requeued.Count}");
        output.WriteLine($"newPeople per submission: {string.Join(", ", outcomes.GroupBy(o => o.GetProperty("counts").GetProperty("newPeople").GetInt32()).Select(g => $"{g.Key}×{g.Count()}"))}");
        Assert.True(beforeOutage > 0, "nothing was accepted before the outage");
        Assert.True(accepted.Count > beforeOutage, "nothing was accepted after Azurite came back");
        Assert.Equal(accepted.Count, accepted.Distinct(StringComparer.Ordinal).Count());
        Assert.All(outcomes, o =>
        {
            Assert.Equal("completed", o.GetProperty("status").GetString());
            var counts = o.GetProperty("counts");
            Assert.Equal(PatientsPerBundle, counts.GetProperty("entries").GetInt32());
            Assert.Equal(PatientsPerBundle, counts.GetProperty("accepted").GetInt32());
            Assert.Equal(PatientsPerBundle, counts.GetProperty("people").GetInt32());
        });
        // During the outage nothing may be accepted that was not landed: refusals are answers, not hangs.
        Assert.All(statuses.Keys, s => Assert.True(s == 202 || s == 503 || s == 500, $"unexpected status {s}"));
    }

    /// <summary>Waits until no submission has changed status for a few seconds, or the limit passes.</summary>
    private static async Task WaitUntilSettledAsync(HttpClient reader, IEnumerable<string> locations, TimeSpan limit)
    {
        var deadline = TimeProvider.System.GetUtcNow() + limit;
        var last = string.Empty;
        var stableSince = TimeProvider.System.GetUtcNow();
        while (TimeProvider.System.GetUtcNow() < deadline && TimeProvider.System.GetUtcNow() - stableSince < TimeSpan.FromSeconds(3))
        {
            var states = new List<string>();
            foreach (var location in locations)
            {
                states.Add((await reader.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString()!);
            }

            var now = string.Join(",", states);
            if (now != last)
            {
                last = now;
                stableSince = TimeProvider.System.GetUtcNow();
            }

            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task CosmosOutage_HealthNamesCosmos_NothingIsAccepted_AndARestartedAppWorksAgain()
    {
        var body = Fhir.Bundle(PatientsPerBundle);
        using (var app = new HubAppFactory(emulators))
        using (var client = app.ClientFor("Submitter", "S08000031"))
        {
            client.Timeout = TimeSpan.FromSeconds(90);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

            emulators.Cosmos.Stop();

            using var health = await client.GetAsync("/api/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("cosmos", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var during = await client.PostAsync("/api/fhir", Fhir.Content(body));
            output.WriteLine($"POST during the Cosmos outage: {(int)during.StatusCode}");
            Assert.NotEqual(HttpStatusCode.Accepted, during.StatusCode);

            emulators.Cosmos.Start();
        }

        // The in-memory server came back empty; a restarted app creates the database again, and the request that
        // failed during the outage, sent again, is accepted once (its body was possibly landed already) and completes.
        using var restarted = new HubAppFactory(emulators);
        using var again = restarted.ClientFor("Submitter", "S08000031");
        using var retry = await again.PostAsync("/api/fhir", Fhir.Content(body));
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(again, retry.Content.Headers.ContentLocation!.ToString(), TimeSpan.FromSeconds(90));
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(PatientsPerBundle, status.GetProperty("counts").GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/health")).StatusCode);
    }
}
