using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>Identifier claims under contention: twenty processors at once on one CHI must end with one person.</summary>
public sealed class ConcurrentLinkageTests : IDisposable
{
    private readonly HubAppFactory app = new(settings: HubAppFactory.WithoutTriggers);

    [Fact]
    public async Task TwentyConcurrentProcessorsOnTheSameChi_EndWithExactlyOnePerson()
    {
        var chi = TestChi.For(new DateOnly(1933, 7, 7), female: true);
        using var client = app.ClientFor("Submitter", "S08000024");
        var locations = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            // Twenty different bodies (each its own local patient id and episode) naming the same CHI.
            var body = $$$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","id":"race-{{{{i}}}}-{{{{chi}}}}","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"gender":"female","address":[{"district":"S12000036"}]}},
              {"resource":{"resourceType":"Encounter","id":"race-e-{{{{i}}}}-{{{{chi}}}}","status":"finished","class":{"code":"AMB"},"subject":{"reference":"urn:uuid:p"},"period":{"start":"2026-10-01"}}}
            ]}
            """;
            using var response = await client.PostAsync("/api/fhir", Fhir.Content(body));
            locations.Add(response.Content.Headers.ContentLocation!.ToString());
        }

        var handler = app.Services.GetRequiredService<ProcessSubmissionHandler>();
        using var start = new ManualResetEventSlim(false);
        var workers = locations.Select(location => Task.Run(async () =>
        {
            start.Wait();
            await handler.HandleAsync(new SubmissionMessage(location["/api/submissions/".Length..]), default);
        })).ToList();
        start.Set();
        await Task.WhenAll(workers);

        var identifiers = app.Services.GetRequiredService<IIdentifierIndex>();
        var people = app.Services.GetRequiredService<IPersonStore>();
        var personId = (await identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        var owners = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            owners.Add((await identifiers.FindAsync(IdentifierKeys.SourceResource("S08000024", "Patient", $"race-{i}-{chi}"), default))!);
        }

        Assert.Equal([personId], owners);
        Assert.Equal(20, (await people.GetActivitiesAsync(personId, default)).Count);
        var statuses = await Task.WhenAll(locations.Select(l => client.GetFromJsonAsync<JsonElement>(l)));
        Assert.All(statuses, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
        Assert.Equal(1, statuses.Sum(s => s.GetProperty("counts").GetProperty("newPeople").GetInt32()));
    }

    public void Dispose() => app.Dispose();
}
