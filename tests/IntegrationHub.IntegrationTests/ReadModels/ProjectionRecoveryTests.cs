using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.ReadModels;

/// <summary>
/// The worker is killed while it is projecting a person (some of the person's feed entries written, not all), then a
/// new host and worker start on the same storage: the projection is finished by the retried message, and the read
/// models hold every activity exactly once, with exactly one feed entry each, all of one publication.
/// </summary>
public sealed class ProjectionRecoveryTests(ITestOutputHelper output)
{
    private const string Moray = "S37000019";
    private const int Months = 120;

    // Two attendances a month for ten years: enough read-model writes that the projection takes seconds.
    private const int Encounters = 2 * Months;

    // The dead host's lease on the message it took; the real host's is 10 minutes, renewed while the invocation runs.
    private static readonly Dictionary<string, string?> ShortLease = new(StringComparer.Ordinal) { ["LocalHost:QueueProcessingVisibility"] = "00:00:04" };

    [Fact]
    public async Task WorkerKilledMidProjection_RestartFinishesIt_NothingLostNothingDoubled()
    {
        using var emulators = LocalEmulators.StartPrivate();
        var chi = TestChi.For(new DateOnly(1938, 8, 8), female: true);
        var first = new DateOnly(2010, 1, 1);
        var encounters = Enumerable.Range(0, Encounters).Select(i => $$$$"""
            {"resource":{"resourceType":"Encounter","id":"rec-{{{{chi}}}}-{{{{i}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p"},"period":{"start":"{{{{Day(first.AddMonths(i / 2), i % 2 == 0 ? 5 : 20)}}}}"}}}
            """);
        var bundle = $$$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"gender":"female","birthDate":"1938-08-08","address":[{"district":"S12000020"}]}},
              {{{{string.Join(",", encounters)}}}}
            ]}
            """;
        var today = ScottishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using (var dying = new HubAppFactory(emulators, ShortLease))
        {
            using var board = dying.ClientFor("Submitter", "S08000020");
            using var analyst = dying.ClientFor("Analyst", null, Moray);
            using var response = await board.PostAsync("/api/fhir", Fhir.Content(bundle));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await SubmissionPolling.WaitForFinishAsync(board, response.Content.Headers.ContentLocation!.ToString(), TimeSpan.FromSeconds(120));
            var partial = await Eventually.ReachAsync(() => FeedAsync(analyst, today), feed => feed.Count > 0, TimeSpan.FromSeconds(120));
            dying.Host.KillWorker();
            using var observer = new HubAppFactory(emulators, HubAppFactory.WithoutTriggers);
            using var observing = observer.ClientFor("Analyst", null, Moray);
            var written = (await FeedAsync(observing, today)).Count;
            output.WriteLine($"killed the worker with {partial.Count} feed entries seen, {written} written");
            Assert.InRange(written, 1, Encounters - 1);
        }

        using var second = new HubAppFactory(emulators, ShortLease);
        using var reader = second.ClientFor("Analyst", null, Moray);
        var feed = await Eventually.ReachAsync(() => FeedAsync(reader, today), entries => entries.Count >= Encounters, TimeSpan.FromSeconds(300));
        var months = await Task.WhenAll(Enumerable.Range(0, Months).Select(m => ItemsAsync(reader, first.AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture))));

        Assert.All(months, page => Assert.Equal(["ae-attendance", "ae-attendance"], page.Select(a => a.GetProperty("kind").GetString())));
        Assert.Equal(Encounters, months.SelectMany(p => p).Select(a => a.GetProperty("activityId").GetString()).Distinct().Count());
        Assert.Equal(Encounters, feed.Count);
        Assert.All(feed, e => Assert.Equal("upsert", e.GetProperty("op").GetString()));
        Assert.Equal(Encounters, feed.Select(e => e.GetProperty("activityId").GetString()).Distinct().Count());
        Assert.Single(feed.Select(e => e.GetProperty("publishedAt").GetString()).Distinct());
    }

    private static string Day(DateOnly month, int day) => new DateOnly(month.Year, month.Month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<JsonElement>> FeedAsync(HttpClient client, string day) =>
        [.. (await client.GetStringAsync($"/api/ia/{Moray}/feed?date={day}")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string month) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/ia/{Moray}/activity?month={month}")).GetProperty("items").EnumerateArray()];
}
