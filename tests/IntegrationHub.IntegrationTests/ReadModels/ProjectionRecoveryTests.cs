using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Cosmos.ReadModels;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.ReadModels;

/// <summary>
/// The app is stopped while it is projecting a person (after some read model writes, before the rest), then a new
/// app starts on the same storage: the projection is finished by the retried message, and the read models hold
/// every activity exactly once, with exactly one feed entry each.
/// </summary>
public sealed class ProjectionRecoveryTests : IDisposable
{
    private const string Moray = "S37000019";

    // The app's own function folders with a short visibility timeout, so the abandoned message comes back soon.
    private readonly ShortVisibilityFunctionsRoot functions = new();

    [Fact]
    public async Task AppStoppedMidProjection_RestartFinishesIt_NothingLostNothingDoubled()
    {
        using var emulators = LocalEmulators.StartPrivate();
        var settings = functions.Settings;
        var chi = TestChi.For(new DateOnly(1938, 8, 8), female: true);
        var encounters = Enumerable.Range(1, 5).Select(i => $$$$"""
            {"resource":{"resourceType":"Encounter","id":"rec-{{{{chi}}}}-{{{{i}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p"},"period":{"start":"2018-0{{{{i}}}}-15"}}}
            """);
        var bundle = $$$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"gender":"female","birthDate":"1938-08-08","address":[{"district":"S12000020"}]}},
              {{{{string.Join(",", encounters)}}}}
            ]}
            """;

        HangingReadModelStore? hanging = null;
        using (var first = new HubAppFactory(emulators, settings))
        using (var dying = first.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
               {
                   services.AddSingleton<IReadModelStore>(sp => hanging = new HangingReadModelStore(new CosmosReadModelStore(sp.GetRequiredService<HubContainers>()), writesBeforeHang: 4));
               })))
        {
            using var board = dying.CreateClient();
            board.DefaultRequestHeaders.Authorization = new("Bearer", first.Token("Submitter", "S08000020"));
            using var response = await board.PostAsync("/api/fhir", Fhir.Content(bundle));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await SubmissionPolling.WaitForFinishAsync(board, response.Content.Headers.ContentLocation!.ToString());
            await Eventually.ReachAsync(() => Task.FromResult(hanging?.Hung.Task.IsCompleted == true), hung => hung);
        }

        using var second = new HubAppFactory(emulators, settings);
        using var analyst = second.ClientFor("Analyst", null, Moray);
        var months = await Eventually.ReachAsync(
            async () => await Task.WhenAll(Enumerable.Range(1, 5).Select(m => ItemsAsync(analyst, $"2018-0{m}"))),
            pages => pages.All(p => p.Count == 1));
        var feed = (await analyst.GetStringAsync($"/api/ia/{Moray}/feed?date={ScottishTime.Today(TimeProvider.System):yyyy-MM-dd}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();

        Assert.All(months, page => Assert.Equal("ae-attendance", Assert.Single(page).GetProperty("kind").GetString()));
        Assert.Equal(5, feed.Count);
        Assert.All(feed, e => Assert.Equal("upsert", e.GetProperty("op").GetString()));
        Assert.Equal(5, feed.Select(e => e.GetProperty("activityId").GetString()).Distinct().Count());
        Assert.Single(feed.Select(e => e.GetProperty("publishedAt").GetString()).Distinct());
    }

    public void Dispose() => functions.Dispose();

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string month) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/ia/{Moray}/activity?month={month}")).GetProperty("items").EnumerateArray()];
}
