using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>FHIR submissions end to end: accepted over HTTP, processed by the queue trigger, read back from Cosmos.</summary>
[Collection(HubCollection.Name)]
public sealed class FhirProcessingTests(SharedHubApp app)
{
    private const string Board = "S08000031";
    private IPersonStore People => app.Services.GetRequiredService<IPersonStore>();
    private IIdentifierIndex Identifiers => app.Services.GetRequiredService<IIdentifierIndex>();

    [Fact]
    public async Task FullFixture_LandsThePersonAndEveryActivityWithTheContractMapping()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "full-bundle.json"));

        var status = await SubmitAsync(Board, body);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(
            new[] { 7, 7, 0, 1, 1, 1, 5 },
            new[] { "entries", "accepted", "rejected", "warnings", "people", "newPeople", "activities" }.Select(f => status.GetProperty("counts").GetProperty(f).GetInt32()));
        var personId = (await Identifiers.FindAsync(IdentifierKeys.Chi("0101501242"), default))!;
        Assert.Equal(personId, await Identifiers.FindAsync(IdentifierKeys.Source(Board, "https://fhir.nhs.scot/S08000031/patient-id", "GG1001"), default));
        var person = (await People.GetPersonAsync(personId, default))!;
        Assert.Equal(("MacDonald", "Mhairi", new DateOnly(1950, 1, 1), "female", "G31 2AB", "S12000049", "S37000034"), (person.Family, person.Given, person.BirthDate!.Value, person.Sex, person.Postcode, person.CouncilCode, person.IaCode));
        Assert.Equal(new DateOnly(2026, 11, 20), person.DeceasedDate);

        var activities = (await People.GetActivitiesAsync(personId, default)).ToDictionary(a => a.Source.SourceId);
        var admission = activities["EP-1"];
        Assert.Equal((ActivityKind.InpatientAdmission, "acute", "emergency", new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 9), 7, "S37000034"), (admission.Kind, admission.Setting, admission.AdmissionType, admission.Start, admission.End!.Value, admission.BedDays!.Value, admission.IaCode));
        Assert.Equal((ActivityKind.AeAttendance, new DateOnly(2026, 10, 1)), (activities["gg-e-2"].Kind, activities["gg-e-2"].Start));
        Assert.Equal((ActivityKind.DayCase, "elective", "community-hospital", (int?)null), (activities["gg-e-3"].Kind, activities["gg-e-3"].AdmissionType, activities["gg-e-3"].Setting, activities["gg-e-3"].BedDays));
        Assert.Equal((ActivityKind.Outpatient, (DateOnly?)null), (activities["gg-e-4"].Kind, activities["gg-e-4"].End));
        Assert.Equal((ActivityKind.DelayedDischarge, "health-social-care", new DateOnly(2026, 10, 5)), (activities["gg-dd-1"].Kind, activities["gg-dd-1"].DelayReason, activities["gg-dd-1"].Start));
        var death = Assert.Single(activities.Values, a => a.Kind == ActivityKind.Death);
        Assert.Equal(new DateOnly(2026, 11, 20), death.Start);
    }

    [Fact]
    public async Task Resend_ChangesNothing_AndACorrectionUpdatesInPlace()
    {
        var chi = TestChi.For(new DateOnly(1944, 3, 3), female: false);
        var first = await SubmitAsync(Board, Bundle(chi, "R1", encounterEnd: "2026-10-10"));
        var resend = await SubmitAsync(Board, Bundle(chi, "R1", encounterEnd: "2026-10-10"), idempotencyKey: Guid.NewGuid().ToString());
        var corrected = await SubmitAsync(Board, Bundle(chi, "R1", encounterEnd: "2026-10-12"));

        Assert.Equal((1, 1), Counts(first, "newPeople", "activities"));
        Assert.Equal((0, 0), Counts(resend, "newPeople", "activities"));
        Assert.Equal((0, 1), Counts(corrected, "newPeople", "activities"));
        var personId = (await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        var stay = Assert.Single(await People.GetActivitiesAsync(personId, default));
        Assert.Equal((new DateOnly(2026, 10, 12), 11), (stay.End!.Value, stay.BedDays!.Value));
    }

    [Fact]
    public async Task CancelledEncounter_RemovesTheActivity_AndAnUnknownOneIsInformation()
    {
        var chi = TestChi.For(new DateOnly(1939, 4, 4), female: true);
        await SubmitAsync(Board, Bundle(chi, "C1", encounterEnd: "2026-10-10"));

        var cancelled = await SubmitAsync(Board, Bundle(chi, "C1", encounterEnd: "2026-10-10", status: "entered-in-error"));
        var unknown = await SubmitAsync(Board, Bundle(chi, "NEVER-SENT", encounterEnd: null, status: "cancelled"));

        Assert.Equal(1, Counts(cancelled, "activities", "activities").Item1);
        var personId = (await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        Assert.True(Assert.Single(await People.GetActivitiesAsync(personId, default)).Removed);
        Assert.Equal("completed", unknown.GetProperty("status").GetString());
        Assert.Contains(unknown.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "information" && i.GetProperty("code").GetString() == "not-found");
    }

    [Fact]
    public async Task BadEntries_AreReportedWhereTheyAre_WhileGoodEntriesLand()
    {
        var chi = TestChi.For(new DateOnly(1950, 5, 5), female: true);
        var body = $$$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"bad-1","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"gender":"female","birthDate":"1950-05-05","address":[{"district":"S12000049"}]}},
          {"resource":{"resourceType":"Encounter","id":"bad-e1","status":"finished","class":{"code":"IMP"},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2026-10-32"}}},
          {"resource":{"resourceType":"Encounter","id":"bad-e2","status":"finished","class":{"code":"IMP"},"period":{"start":"2026-10-01"}}},
          {"resource":{"resourceType":"Basic","code":{"text":"x"}}},
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"dup"}},
          {"resource":{"resourceType":"Encounter","id":"bad-e3","status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/nobody-{{{{Guid.NewGuid()}}}}"},"period":{"start":"2026-10-01"}}},
          {"resource":{"resourceType":"Encounter","id":"good-e","status":"finished","class":{"code":"AMB"},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2026-10-03"}}},
          {"fullUrl":"urn:uuid:p2","resource":{"resourceType":"Patient","id":"bad-2","birthDate":"not-a-date"}},
          {"resource":{"resourceType":"Encounter","id":"orphan","status":"finished","class":{"code":"AMB"},"subject":{"reference":"urn:uuid:p2"},"period":{"start":"2026-10-03"}}}
        ]}
        """;

        var status = await SubmitAsync(Board, body);

        Assert.Equal("completed-with-errors", status.GetProperty("status").GetString());
        Assert.Equal((9, 3), Counts(status, "entries", "accepted"));
        Assert.Equal(6, status.GetProperty("counts").GetProperty("rejected").GetInt32());
        var errors = status.GetProperty("issues").EnumerateArray()
            .Where(i => i.GetProperty("severity").GetString() == "error")
            .Select(i => (i.GetProperty("code").GetString(), i.GetProperty("location").GetString()))
            .ToList();
        Assert.Contains(("value", "Bundle.entry[1].resource.period.start"), errors);
        Assert.Contains(("required", "Bundle.entry[2].resource.subject"), errors);
        Assert.Contains(("duplicate", "Bundle.entry[4].fullUrl"), errors);
        Assert.Contains(("not-found", "Bundle.entry[5].resource.subject"), errors);
        Assert.Contains(("value", "Bundle.entry[7].resource.birthDate"), errors);
        Assert.Contains(("invalid", "Bundle.entry[8].resource.subject"), errors);
        var personId = (await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        Assert.Equal("good-e", Assert.Single(await People.GetActivitiesAsync(personId, default)).Source.SourceId);
    }

    [Fact]
    public async Task PatientSentEarlier_IsFoundByPatientId_ButOnlyForTheSameBoard()
    {
        var chi = TestChi.For(new DateOnly(1960, 6, 6), female: false);
        var patientId = "early-" + Guid.NewGuid().ToString("N")[..8];
        await SubmitAsync(Board, $$$$"""{"resourceType":"Patient","id":"{{{{patientId}}}}","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"gender":"male","address":[{"district":"S12000049"}]}""");
        var encounter = $$$$"""{"resourceType":"Encounter","id":"late-{{{{patientId}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"Patient/{{{{patientId}}}}"},"period":{"start":"2026-11-01"}}""";

        var same = await SubmitAsync(Board, encounter);
        var other = await SubmitAsync("S08000024", encounter);

        Assert.Equal("completed", same.GetProperty("status").GetString());
        Assert.Equal("completed-with-errors", other.GetProperty("status").GetString());
        var personId = (await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        Assert.Equal("S37000034", Assert.Single(await People.GetActivitiesAsync(personId, default)).IaCode);
    }

    private static (int, int) Counts(JsonElement status, string a, string b) =>
        (status.GetProperty("counts").GetProperty(a).GetInt32(), status.GetProperty("counts").GetProperty(b).GetInt32());

    private static string Bundle(string chi, string episode, string? encounterEnd, string status = "finished")
    {
        var end = encounterEnd is null ? string.Empty : $",\"end\":\"{encounterEnd}\"";
        return $$$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:a","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{chi}}}}"}],"address":[{"district":"Glasgow City"}]}},
          {"fullUrl":"urn:uuid:b","resource":{"resourceType":"Encounter","identifier":[{"system":"https://fhir.nhs.scot/S08000031/episode-id","value":"{{{{episode}}}}-{{{{chi}}}}"}],"status":"{{{{status}}}}","class":{"code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"subject":{"reference":"urn:uuid:a"},"period":{"start":"2026-10-01"{{{{end}}}}}}}
        ]}
        """;
    }

    private async Task<JsonElement> SubmitAsync(string board, string body, string? idempotencyKey = null)
    {
        using var client = app.ClientFor("Submitter", board);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fhir") { Content = Fhir.Content(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
    }
}
