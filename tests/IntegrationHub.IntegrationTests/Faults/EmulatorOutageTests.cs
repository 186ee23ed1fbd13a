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
/// /api/health, accepts nothing it cannot record, and works again once restarted against the new server. While a
/// dependency is down every route answers 503 with Retry-After naming it (blob, queue or cosmos), never a 500.
/// </summary>
public sealed class EmulatorOutageTests(ITestOutputHelper output) : IDisposable
{
    private const int PatientsPerBundle = 3;
    private const string Council = "S12000049";

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

        var load = FhirSubmitters.Start(app, "S08000031", submitters: 3, PatientsPerBundle, TimeSpan.FromSeconds(60));
        var statuses = load.Answers;

        await Eventually.ReachAsync(() => Task.FromResult(load.Accepted.Count), n => n >= 5, TimeSpan.FromSeconds(60));
        // Azurite saves its state every 5 s and on a graceful stop; a kill (SIGKILL) loses the last seconds of
        // acknowledged blobs and messages, which Azure Storage never does, so the outage here is a graceful restart.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var beforeOutage = load.Accepted.Count;
        emulators.Azurite.StopGracefully();
        await Task.Delay(TimeSpan.FromSeconds(3));
        emulators.Azurite.Start();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await load.StopAsync();
        var accepted = load.Accepted.Select(a => a.Location).ToList();

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
        // During the outage nothing may be accepted that was not landed: refusals are 503 answers, never a 500.
        Assert.All(statuses.Keys, s => Assert.True(s is 202 or 503, $"unexpected status {s}"));
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
            output.WriteLine($"POST /api/fhir during the Cosmos outage: {(int)during.StatusCode}");
            await AssertUnavailableAsync(during, "cosmos", fhir: true);
            using var council = app.ClientFor("Submitter", Council);
            council.Timeout = TimeSpan.FromSeconds(90);
            using var extract = await council.PostAsync("/api/social-care/extracts", Csv(Extract()));
            await AssertUnavailableAsync(extract, "cosmos", fhir: false);
            using var statusDuring = await client.GetAsync("/api/submissions/" + Guid.NewGuid().ToString("N"));
            await AssertUnavailableAsync(statusDuring, "cosmos", fhir: false);

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

    [Fact]
    public async Task AzuriteDown_AcceptRoutesAnswer503NamingBlob_AndTheResendIsAcceptedOnceAzuriteIsBack()
    {
        var bundle = Fhir.Bundle(PatientsPerBundle);
        var extract = Extract();
        using var app = new HubAppFactory(emulators);
        using var board = app.ClientFor("Submitter", "S08000031");
        using var council = app.ClientFor("Submitter", Council);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync("/api/health")).StatusCode);

        emulators.Azurite.StopGracefully();
        using (var fhirDuring = await board.PostAsync("/api/fhir", Fhir.Content(bundle)))
        using (var extractDuring = await council.PostAsync("/api/social-care/extracts", Csv(extract)))
        {
            await AssertUnavailableAsync(fhirDuring, "blob", fhir: true);
            await AssertUnavailableAsync(extractDuring, "blob", fhir: false);
        }

        emulators.Azurite.Start();
        using var fhirAgain = await board.PostAsync("/api/fhir", Fhir.Content(bundle));
        using var extractAgain = await council.PostAsync("/api/social-care/extracts", Csv(extract));
        Assert.Equal(HttpStatusCode.Accepted, fhirAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, extractAgain.StatusCode);
        var fhirStatus = await SubmissionPolling.WaitForFinishAsync(board, fhirAgain.Content.Headers.ContentLocation!.ToString(), TimeSpan.FromSeconds(90));
        var extractStatus = await SubmissionPolling.WaitForFinishAsync(council, extractAgain.Content.Headers.ContentLocation!.ToString(), TimeSpan.FromSeconds(90));
        Assert.Equal(("completed", PatientsPerBundle), (fhirStatus.GetProperty("status").GetString(), fhirStatus.GetProperty("counts").GetProperty("accepted").GetInt32()));
        Assert.Equal(("completed", 2), (extractStatus.GetProperty("status").GetString(), extractStatus.GetProperty("counts").GetProperty("accepted").GetInt32()));
    }

    /// <summary>503, a whole-seconds Retry-After, and the route's error shape naming the dependency.</summary>
    private static async Task AssertUnavailableAsync(HttpResponseMessage response, string dependency, bool fhir)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {body}");
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "no Retry-After");
        var json = JsonDocument.Parse(body).RootElement;
        if (fhir)
        {
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            var issue = json.GetProperty("issue")[0];
            Assert.Equal(("transient", dependency), (issue.GetProperty("code").GetString(), issue.GetProperty("expression")[0].GetString()));
            Assert.Contains("unavailable", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(503, json.GetProperty("status").GetInt32());
            var issue = json.GetProperty("issues")[0];
            Assert.Equal(("transient", dependency), (issue.GetProperty("code").GetString(), issue.GetProperty("location").GetString()));
        }

        Assert.False(response.Content.Headers.Contains("Content-Location"), "a refused submission has no location");
    }

    private static string Extract()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return $"sending_location,social_care_id,period,service,service_type,service_start_date\n260,{id}A,2026Q2,SDS,2,2026-07-01\n260,{id}B,2026Q2,AT,1,2026-07-02\n";
    }

    private static StringContent Csv(string body) => new(body, System.Text.Encoding.UTF8, "text/csv");
}
