using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.People;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Cosmos.People;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// A worker dies mid-processing. An API app (its queue and timer functions disabled) accepts three FHIR bundles and
/// a social care extract; a second app's worker picks all four up and its process is killed while every one of them
/// is <c>processing</c> with part of its people and activities written; a fresh host and worker start on the same
/// emulators. The abandoned messages come back when the dead host's lease on them runs out (a few seconds here; the
/// sweeper is for messages that are lost, not abandoned) and the retried processing finishes the work: every
/// submission <c>completed</c> with exact counts, and Cosmos holds each person and each activity exactly once.
/// One person is in a bundle and in the extract, so two interrupted submissions race to create them.
/// </summary>
public sealed class AppKilledMidProcessingTests(ITestOutputHelper output) : IDisposable
{
    private const string Board = "S08000031";
    private const string Council = "S12000049";
    private const int Bundles = 3;
    // Large enough that processing takes seconds on two cores, so the worker can be killed with all four under way.
    private const int PatientsPerBundle = 60;
    private const int ExtractClients = 120;
    private const int ExtractRows = ExtractClients + 2;

    // The dead host's lease on a message it took; the real host's is 10 minutes, renewed while the invocation runs.
    private static readonly Dictionary<string, string?> ShortLease = new(StringComparer.Ordinal) { ["LocalHost:QueueProcessingVisibility"] = "00:00:04" };
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";
    private const string ExtractHeader = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();
    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task WorkerStoppedMidProcessing_FreshWorkerCompletesEverySubmission_CountsExact_NothingDuplicated()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var born = new DateOnly(1941, 2, 3);
        var chis = Enumerable.Range(0, Bundles * PatientsPerBundle).Select(i => TestChi.For(born.AddDays(i), female: i % 2 == 0)).ToList();
        // The extract's first client is the first bundle's first patient (same CHI, birth date and sex).
        var clientChis = new[] { chis[0] }.Concat(Enumerable.Range(1, ExtractClients - 1).Select(i => TestChi.For(new DateOnly(1935, 6, 1).AddDays(i), female: true))).ToList();
        var distinctPeople = chis.Concat(clientChis).Distinct().Count();

        using var api = new HubAppFactory(emulators, HubAppFactory.WithoutTriggers);
        using var board = api.ClientFor("Submitter", Board);
        using var council = api.ClientFor("Submitter", Council);
        var extract = await AcceptAsync(council, "/api/social-care/extracts", new StringContent(Extract(run, clientChis, born), Encoding.UTF8, "text/csv"));
        var bundles = new List<string>();
        for (var b = 0; b < Bundles; b++)
        {
            bundles.Add(await AcceptAsync(board, "/api/fhir", Fhir.Content(Bundle(run, b, chis.Skip(b * PatientsPerBundle).Take(PatientsPerBundle).ToList(), born))));
        }

        var all = bundles.Append(extract).ToList();
        using (var worker = new HubAppFactory(emulators, ShortLease))
        {
            worker.Start(); // its queue listener takes all four messages at once (batch size 8)
            await Eventually.ReachAsync(
                async () => (Statuses: await Task.WhenAll(all.Select(id => StatusAsync(board, council, id, extract))), Written: await CountDocumentsAsync(api)),
                state => state.Statuses.All(s => s == "processing") && state.Written.People.Count > 0,
                TimeSpan.FromSeconds(90));
            worker.Host.KillWorker();
            var statuses = await Task.WhenAll(all.Select(id => StatusAsync(board, council, id, extract)));
            var (people, activities) = await CountDocumentsAsync(api);
            output.WriteLine($"killed the worker (host exit code {worker.Host.ExitCode}): statuses {string.Join(", ", statuses)}, {people.Count} people and {activities.Count} activities written so far");
            Assert.All(statuses, s => Assert.Equal("processing", s));
            Assert.InRange(people.Count + activities.Count, 1, distinctPeople + (Bundles * PatientsPerBundle) + ExtractRows - 1);
        }

        var restartedAt = TimeProvider.System.GetTimestamp();
        using var fresh = new HubAppFactory(emulators, ShortLease);
        fresh.Start();
        // Processing ~600 documents takes from seconds to minutes with the machine's load, so the wait fails only
        // when nothing more is written or finished for two minutes.
        var finished = await Eventually.ReachWhileMovingAsync(
            async () =>
            {
                var states = await Task.WhenAll(all.Select(id => SubmissionAsync(board, council, id, extract)));
                var (people, activities) = await CountDocumentsAsync(api);
                return (States: states, Written: people.Count + activities.Count);
            },
            state => state.States.All(SubmissionPolling.IsFinished),
            state => state.Written + state.States.Count(SubmissionPolling.IsFinished),
            stall: TimeSpan.FromSeconds(120),
            interval: TimeSpan.FromSeconds(1));
        var outcomes = all.Zip(finished.States).ToDictionary(pair => pair.First, pair => pair.Second);

        output.WriteLine($"all finished {TimeProvider.System.GetElapsedTime(restartedAt).TotalSeconds:F1} s after the fresh worker started");
        Assert.All(outcomes.Values, o => Assert.Equal("completed", o.GetProperty("status").GetString()));
        foreach (var id in bundles)
        {
            Assert.Equal((2 * PatientsPerBundle, 2 * PatientsPerBundle, 0, 0, PatientsPerBundle, PatientsPerBundle), Counts(outcomes[id]));
        }

        Assert.Equal((ExtractRows, ExtractRows, 0, 0, ExtractClients, ExtractRows), Counts(outcomes[extract]));
        // A person new to the hub is new to exactly one submission, also when a crashed attempt created them.
        Assert.Equal(distinctPeople, outcomes.Values.Sum(o => o.GetProperty("counts").GetProperty("newPeople").GetInt32()));
        Assert.All(bundles.Skip(1), id => Assert.Equal(PatientsPerBundle, outcomes[id].GetProperty("counts").GetProperty("newPeople").GetInt32()));

        var (persons, activityDocs) = await CountDocumentsAsync(api);
        Assert.Equal(distinctPeople, persons.Count);
        Assert.Equal(chis.Concat(clientChis).Distinct().Order(), persons.Select(p => p.GetProperty("chi").GetString()!).Order());
        Assert.Equal((Bundles * PatientsPerBundle) + ExtractRows, activityDocs.Count);
        Assert.Equal(activityDocs.Count, activityDocs.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        // The shared person holds the bundle's admission and the extract's two services, in one partition.
        var shared = persons.Single(p => p.GetProperty("chi").GetString() == chis[0]).GetProperty("personId").GetString();
        Assert.Equal(3, activityDocs.Count(a => a.GetProperty("personId").GetString() == shared));
    }

    private static async Task<string> AcceptAsync(HttpClient client, string route, HttpContent content)
    {
        using (content)
        using (var response = await client.PostAsync(route, content))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return response.Content.Headers.ContentLocation!.ToString().Split('/')[^1];
        }
    }

    private static Task<JsonElement> SubmissionAsync(HttpClient board, HttpClient council, string id, string extract) =>
        (id == extract ? council : board).GetFromJsonAsync<JsonElement>("/api/submissions/" + id);

    private static async Task<string> StatusAsync(HttpClient board, HttpClient council, string id, string extract) =>
        (await (id == extract ? council : board).GetFromJsonAsync<JsonElement>("/api/submissions/" + id)).GetProperty("status").GetString()!;

    private static (int Entries, int Accepted, int Rejected, int Warnings, int People, int Activities) Counts(JsonElement status)
    {
        var c = status.GetProperty("counts");
        return (c.GetProperty("entries").GetInt32(), c.GetProperty("accepted").GetInt32(), c.GetProperty("rejected").GetInt32(), c.GetProperty("warnings").GetInt32(), c.GetProperty("people").GetInt32(), c.GetProperty("activities").GetInt32());
    }

    /// <summary>
    /// Every person and activity document, read from Cosmos directly (the container's read feed: these emulators
    /// are this test's own, and the local server cannot query across partitions).
    /// </summary>
    private static async Task<(List<JsonElement> People, List<JsonElement> Activities)> CountDocumentsAsync(HubAppFactory app)
    {
        var people = new List<JsonElement>();
        var activities = new List<JsonElement>();
        using var feed = app.Services.GetRequiredService<HubContainers>().Persons.GetItemQueryIterator<JsonElement>((QueryDefinition?)null);
        while (feed.HasMoreResults)
        {
            foreach (var document in await feed.ReadNextAsync())
            {
                var type = document.GetProperty("type").GetString();
                (type == "person" ? people : type == "activity" ? activities : null)?.Add(document.Clone());
            }
        }

        return (people, activities);
    }

    private static string Bundle(string run, int bundle, IReadOnlyList<string> chis, DateOnly born)
    {
        var entries = new List<string>();
        for (var i = 0; i < chis.Count; i++)
        {
            var n = (bundle * PatientsPerBundle) + i;
            var birth = born.AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // A real UUID: FHIR's urn:uuid form, which the SDK's parser checks (anything else is a warning).
            var patient = "urn:uuid:" + Guid.NewGuid();
            entries.Add($$$$"""
                {"fullUrl":"{{{{patient}}}}","resource":{"resourceType":"Patient","id":"kill-{{{{run}}}}-{{{{n}}}}","identifier":[{"system":"{{{{ChiSystem}}}}","value":"{{{{chis[i]}}}}"}],"name":[{"family":"Mackay","given":["Isla{{{{n}}}}"]}],"gender":"{{{{(n % 2 == 0 ? "female" : "male")}}}}","birthDate":"{{{{birth}}}}","address":[{"district":"{{{{Council}}}}"}]}}
                """);
            entries.Add($$$$"""
                {"resource":{"resourceType":"Encounter","id":"kill-{{{{run}}}}-e{{{{n}}}}","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"period":{"start":"2025-05-01","end":"2025-05-04"},"subject":{"reference":"{{{{patient}}}}"}}}
                """);
        }

        return $$"""{"resourceType":"Bundle","type":"batch","entry":[{{string.Join(",", entries)}}]}""";
    }

    /// <summary>The clients have home care; the first two also telecare.</summary>
    private static string Extract(string run, IReadOnlyList<string> chis, DateOnly born)
    {
        var rows = new List<string> { ExtractHeader };
        for (var i = 0; i < chis.Count; i++)
        {
            var birth = (i == 0 ? born : new DateOnly(1935, 6, 1).AddDays(i)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var who = $"260,{run}-c{i},2025Q1,{chis[i]},Isla{i},Mackay,{birth},2,G31 2AB,";
            rows.Add($"{who},HC,2,2025-04-10,,30.5,1,,,");
            if (i < 2)
            {
                rows.Add($"{who},AT,2,2025-05-01,,,,,,");
            }
        }

        return string.Join("\n", rows) + "\n";
    }
}
