using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>Social care extracts end to end: accepted over HTTP, processed by the queue trigger, read back from Cosmos.</summary>
[Collection(HubCollection.Name)]
public sealed class SocialCareProcessingTests(SharedHubApp app)
{
    private const string Glasgow = "S12000049";
    private const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private IPersonStore People => app.Services.GetRequiredService<IPersonStore>();
    private IIdentifierIndex Identifiers => app.Services.GetRequiredService<IIdentifierIndex>();

    [Fact]
    public async Task Extract_LinksClientsAndLandsOneActivityPerEpisode()
    {
        var id = Unique();
        var chi = TestChi.For(new DateOnly(1941, 2, 3), female: true);
        var csv = Csv(
            $"260,{id}-1,2025Q1,{chi},Isla,Mackay,1941-02-03,2,G31 2AB,,HC,2,2025-04-10,,30.5,1,,,",
            $"260,{id}-1,2025Q2,{chi},Isla,Mackay,1941-02-03,2,G31 2AB,,HC,2,2025-04-10,2025-08-15,12,1,,,",
            $"260,{id}-1,2025Q2,{chi},Isla,Mackay,1941-02-03,2,G31 2AB,,AT,2,2025-05-01,,,,,,",
            $"260,{id}-2,2025,,Angus,Reid,1938-12-24,1,G12 8QQ,2026-01-20,CH,3,2025-06-01,,,,Thistle House,G12 8QQ,1");

        var status = await SubmitAsync(Glasgow, csv);

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal((4, 4, 0, 0, 2, 2, 3), Counts(status));
        var isla = (await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default))!;
        Assert.Equal(isla, await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, $"{id}-1"), default));
        var person = (await People.GetPersonAsync(isla, default))!;
        Assert.Equal(("Mackay", "Isla", new DateOnly(1941, 2, 3), "female", "S37000034"), (person.Family, person.Given, person.BirthDate!.Value, person.Sex, person.IaCode));

        var activities = await People.GetActivitiesAsync(isla, default);
        var homeCare = Assert.Single(activities, a => a.Kind == ActivityKind.HomeCare);
        Assert.Equal(("personal", new DateOnly(2025, 4, 10), new DateOnly(2025, 8, 15), 42.5m, "S37000034", "yes"), (homeCare.ServiceType, homeCare.Start, homeCare.End!.Value, homeCare.Hours!.Value, homeCare.IaCode, homeCare.Reablement));
        Assert.Equal(["2025Q1", "2025Q2"], homeCare.Periods!.Select(p => p.Period));
        Assert.Equal("telecare", Assert.Single(activities, a => a.Kind == ActivityKind.AlarmTelecare).ServiceType);

        var angus = (await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, $"{id}-2"), default))!;
        var angusActivities = await People.GetActivitiesAsync(angus, default);
        var careHome = Assert.Single(angusActivities, a => a.Kind == ActivityKind.CareHome);
        Assert.Equal(("long-term", "Thistle House", "yes", (DateOnly?)null), (careHome.ServiceType, careHome.CareHomeName, careHome.NursingCare, careHome.End));
        Assert.Equal(new DateOnly(2026, 1, 20), Assert.Single(angusActivities, a => a.Kind == ActivityKind.Death).Start);
        Assert.Equal(new DateOnly(2026, 1, 20), (await People.GetPersonAsync(angus, default))!.DeceasedDate);
    }

    [Fact]
    public async Task Resend_ChangesNothing_AndTheNextQuarterContinuesTheEpisode()
    {
        var id = Unique();
        var q1 = Csv($"260,{id},2025Q1,,Ruth,Doig,1950-07-07,2,,,HC,1,2025-04-01,,10,0,,,");
        var first = await SubmitAsync(Glasgow, q1);
        var resend = await SubmitAsync(Glasgow, q1, idempotencyKey: Guid.NewGuid().ToString());
        var q2 = await SubmitAsync(Glasgow, Csv($"260,{id},2025Q2,,Ruth,Doig,1950-07-07,2,,,HC,1,2025-04-01,,7.25,0,,,"));

        Assert.Equal((1, 1, 1), (Count(first, "people"), Count(first, "newPeople"), Count(first, "activities")));
        Assert.Equal((1, 0, 0), (Count(resend, "people"), Count(resend, "newPeople"), Count(resend, "activities")));
        Assert.Equal((0, 1), (Count(q2, "newPeople"), Count(q2, "activities")));
        var personId = (await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, id), default))!;
        var episode = Assert.Single(await People.GetActivitiesAsync(personId, default));
        Assert.Equal((17.25m, 2), (episode.Hours!.Value, episode.Periods!.Count));
    }

    [Fact]
    public async Task BadRows_AreRejectedAtTheirLineAndColumn_WhileGoodRowsLand()
    {
        var id = Unique();
        var csv = Csv(
            $"260,{id}-ok,2025Q3,,A,B,1960-01-01,1,,,SDS,2,2025-10-01,,,,,,",
            $"230,{id}-edinburgh,2025Q3,,A,B,1960-01-01,1,,,SDS,2,2025-10-01,,,,,,",
            $"260,{id}-q5,2025Q5,,A,B,1960-01-01,1,,,SDS,2,2025-10-01,,,,,,",
            $"260,{id}-g,2025Q3,,A,B,1960-01-01,5,,,SDS,2,2025-10-01,,,,,,",
            $"260,{id}-hc,2025Q3,,A,B,1960-01-01,1,,,HC,2,2025-10-01,,,,,,",
            $"260,{id}-chi,2025Q3,12345,A,B,1960-01-01,1,,,SDS,1,2025-10-01,2025-09-01,,,,,",
            $"260,{id}-short,2025Q3");

        var status = await SubmitAsync(Glasgow, csv);

        Assert.Equal("completed-with-errors", status.GetProperty("status").GetString());
        Assert.Equal((7, 2, 5, 2), (Count(status, "entries"), Count(status, "accepted"), Count(status, "rejected"), Count(status, "warnings")));
        var issues = status.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("severity").GetString(), i.GetProperty("code").GetString(), i.GetProperty("location").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("error", "forbidden", "line 3 column sending_location"),
                ("error", "code-invalid", "line 4 column period"),
                ("error", "code-invalid", "line 5 column gender"),
                ("error", "required", "line 6 column hc_hours"),
                ("warning", "value", "line 7 column chi"),
                ("warning", "value", "line 7 column service_end_date"),
                ("error", "structure", "line 8"),
            ],
            issues);
        Assert.Null(await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, $"{id}-edinburgh"), default));
        Assert.Null(await Identifiers.FindAsync(IdentifierKeys.SocialCare("S12000036", $"{id}-edinburgh"), default));
    }

    [Fact]
    public async Task ValidChi_LinksTheClientToThePersonTheNhsAlreadySent()
    {
        var chi = TestChi.For(new DateOnly(1936, 9, 9), female: false);
        using (var board = app.ClientFor("Submitter", "S08000031"))
        {
            var patient = $$"""{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{chi}}"}],"name":[{"family":"Stewart","given":["Iain"]}],"gender":"male","birthDate":"1936-09-09","address":[{"district":"S12000049"}]}""";
            using var response = await board.PostAsync("/api/fhir", Fhir.Content(patient));
            await SubmissionPolling.WaitForFinishAsync(board, response.Content.Headers.ContentLocation!.ToString());
        }

        var id = Unique();
        var status = await SubmitAsync(Glasgow, Csv($"260,{id},2025Q3,{chi},Ian,Stewart,1936-09-09,1,,,AT,1,2025-07-01,,,,,,"));

        Assert.Equal((1, 0), (Count(status, "people"), Count(status, "newPeople")));
        var personId = await Identifiers.FindAsync(IdentifierKeys.Chi(chi), default);
        Assert.Equal(personId, await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, id), default));
        Assert.Equal("Iain", (await People.GetPersonAsync(personId!, default))!.Given);
    }

    [Fact]
    public async Task ConcurrentQuarters_OfOneEpisode_BothLand()
    {
        var id = Unique();
        var quarters = new[] { "2025Q1", "2025Q2", "2025Q3", "2025Q4" };

        var statuses = await Task.WhenAll(quarters.Select(q => SubmitAsync(Glasgow, Csv($"260,{id},{q},,Jean,Bell,1945-03-03,2,,,HC,2,2025-04-01,,5,9,,,"))));

        Assert.All(statuses, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
        var personId = (await Identifiers.FindAsync(IdentifierKeys.SocialCare(Glasgow, id), default))!;
        var episode = Assert.Single(await People.GetActivitiesAsync(personId, default));
        Assert.Equal((20m, 4), (episode.Hours!.Value, episode.Periods!.Count));
    }

    private static string Unique() => "t" + Guid.NewGuid().ToString("N")[..10];

    private static string Csv(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    private static int Count(JsonElement status, string name) => status.GetProperty("counts").GetProperty(name).GetInt32();

    private static (int, int, int, int, int, int, int) Counts(JsonElement status) =>
        (Count(status, "entries"), Count(status, "accepted"), Count(status, "rejected"), Count(status, "warnings"), Count(status, "people"), Count(status, "newPeople"), Count(status, "activities"));

    private async Task<JsonElement> SubmitAsync(string council, string csv, string? idempotencyKey = null)
    {
        using var client = app.ClientFor("Submitter", council);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/social-care/extracts") { Content = new StringContent(csv, new UTF8Encoding(false), "text/csv") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
    }
}
