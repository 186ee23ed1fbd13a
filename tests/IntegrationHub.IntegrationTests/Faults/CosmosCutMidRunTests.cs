using System.Net;
using System.Text.Json;
using IntegrationHub.Domain.People;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using IntegrationHub.Testing.Faults;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// Cosmos goes away mid-run and comes back (the line to it is cut: open connections reset, new ones refused) while
/// boards keep submitting and the app keeps processing. Afterwards every accepted submission is completed with
/// exact counts and every patient is one person. The server is cut off rather than killed because it keeps its
/// data only in memory: a killed emulator would lose what Azure Cosmos DB never loses.
/// </summary>
public sealed class CosmosCutMidRunTests(ITestOutputHelper output) : IDisposable
{
    private const int PatientsPerBundle = 3;
    private const string Board = "S08000031";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();
    private CuttableTcpProxy? proxy;

    public void Dispose()
    {
        proxy?.Dispose();
        emulators.Dispose();
    }

    [Fact]
    public async Task CosmosCutMidRun_EveryAcceptedSubmissionCompletesWithExactCounts_NoPatientTwice()
    {
        proxy = new CuttableTcpProxy(emulators.CosmosPort);
        // Retries 3 s apart: five attempts outlast the 5 s outage, as the host's 30 s visibility outlasts a real blip.
        using var app = new HubAppFactory(
            emulators,
            new Dictionary<string, string?> { ["Cosmos:Endpoint"] = $"https://127.0.0.1:{proxy.Port}/" },
            QueueHostSettings.Fast with { VisibilityTimeout = TimeSpan.FromSeconds(3) });
        using (var warmUp = app.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await warmUp.GetAsync("/api/health")).StatusCode);
        }

        // A short client timeout, so one request caught in the cut cannot stall its submitter; an unanswered request was not accepted.
        var load = FhirSubmitters.Start(app, Board, submitters: 3, PatientsPerBundle, TimeSpan.FromSeconds(20));
        var answers = load.Answers;

        await Eventually.ReachAsync(() => Task.FromResult(load.Accepted.Count), n => n >= 6, TimeSpan.FromSeconds(60));
        var beforeCut = load.Accepted.Count;
        proxy.Cut();
        await Task.Delay(TimeSpan.FromSeconds(5));
        proxy.Restore();
        var duringCut = load.Accepted.Count;
        try
        {
            await Eventually.ReachAsync(() => Task.FromResult(load.Accepted.Count), n => n >= duringCut + 3, TimeSpan.FromSeconds(90));
        }
        finally
        {
            output.WriteLine($"after the cut: accepted {load.Accepted.Count} ({beforeCut} before, {duringCut} when restored); answers: {load.Describe()}");
        }

        await load.StopAsync();
        var accepted = load.Accepted.ToDictionary(a => a.Location, a => a.Marker, StringComparer.Ordinal);

        using var reader = app.ClientFor("Submitter", Board);
        var outcomes = new List<JsonElement>();
        foreach (var location in accepted.Keys)
        {
            outcomes.Add(await SubmissionPolling.WaitForFinishAsync(reader, location, TimeSpan.FromSeconds(120)));
        }

        output.WriteLine($"accepted {accepted.Count} ({beforeCut} before the cut); answers: {load.Describe()}");
        Assert.All(outcomes, o =>
        {
            Assert.Equal("completed", o.GetProperty("status").GetString());
            var counts = o.GetProperty("counts");
            Assert.Equal((PatientsPerBundle, PatientsPerBundle, PatientsPerBundle, PatientsPerBundle), (
                counts.GetProperty("entries").GetInt32(), counts.GetProperty("accepted").GetInt32(), counts.GetProperty("people").GetInt32(), counts.GetProperty("newPeople").GetInt32()));
        });

        // Every patient is one person, and no two patients share one: the claims of all of them, read back.
        var identifiers = app.Services.GetRequiredService<IIdentifierIndex>();
        var people = app.Services.GetRequiredService<IPersonStore>();
        var owners = new List<string>();
        foreach (var marker in accepted.Values)
        {
            for (var i = 0; i < PatientsPerBundle; i++)
            {
                var owner = await identifiers.FindAsync(IdentifierKeys.Source(Board, "https://fhir.nhs.scot/board-patient-id", $"{marker}-{i}"), default);
                Assert.NotNull(owner);
                Assert.NotNull(await people.GetPersonAsync(owner, default));
                owners.Add(owner);
            }
        }

        Assert.Equal(accepted.Count * PatientsPerBundle, owners.Distinct(StringComparer.Ordinal).Count());
        // 0 = no answer within the client's timeout (a request caught in the cut); never a 500.
        Assert.All(answers.Keys, s => Assert.True(s is 202 or 503 or 0, $"unexpected status {s}"));
        Assert.True(answers.GetValueOrDefault(503) > 0 || accepted.Count > beforeCut, "the cut was never felt");
    }
}
