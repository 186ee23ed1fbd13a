using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Analyst;

/// <summary>
/// FHIR and social care for people in two IAs (Orkney, Western Isles; months 2019-03 and 2019-04, which no other
/// test touches), read back through every analyst route; the indicators are checked against values worked out
/// by hand in the comments.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AnalystApiTests(SharedHubApp app) : IAsyncLifetime
{
    private const string Orkney = "S37000022";
    private const string WesternIsles = "S37000031";
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";
    private const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Seeded? seeded;

    private sealed record Seeded(string P1Chi, string RunTag);

    public async Task InitializeAsync()
    {
        await Once.WaitAsync();
        try
        {
            seeded ??= await SeedAsync();
        }
        finally
        {
            Once.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ActivityPages_HoldWhatWasActiveInTheMonth_Pseudonymised()
    {
        using var analyst = app.ClientFor("Analyst", null, Orkney);

        var march = await PageAsync(analyst, Orkney, "2019-03");
        var april = await PageAsync(analyst, Orkney, "2019-04");
        var may = await PageAsync(analyst, Orkney, "2019-05");
        var homeCare = await PageAsync(analyst, Orkney, "2019-04", "home-care");

        // March: the emergency stay (28 Mar–3 Apr), P2's A&E (P1's was withdrawn), home care (Q4 row), SDS (Feb–15 Mar).
        Assert.Equal(["ae-attendance", "home-care", "inpatient-admission", "sds"], Kinds(march));
        // April: the stay, the delay, the death, the open mental-health stay, home care, care home, telecare.
        Assert.Equal(["alarm-telecare", "care-home", "death", "delayed-discharge", "home-care", "inpatient-admission", "inpatient-admission"], Kinds(april));
        // May: the still-open stay (from the open partition), care home, telecare.
        Assert.Equal(["alarm-telecare", "care-home", "inpatient-admission"], Kinds(may));
        Assert.Equal(["home-care"], Kinds(homeCare));
        var raw = await analyst.GetStringAsync($"/api/ia/{Orkney}/activity?month=2019-04");
        foreach (var identifying in new[] { seeded!.P1Chi, "Flett", "Sinclair", "1940-05-10", "KW15", "date_of_birth", "\"chi\"", "postcode", "forename" })
        {
            Assert.DoesNotContain(identifying, raw, StringComparison.OrdinalIgnoreCase);
        }

        var stay = april.Single(a => a.GetProperty("kind").GetString() == "inpatient-admission" && a.GetProperty("setting").GetString() == "acute");
        Assert.Equal(("emergency", "2019-03-28", "2019-04-03", 6, "female", 78, Orkney, "S08000025", "fhir"), (
            stay.GetProperty("admissionType").GetString(), stay.GetProperty("start").GetString(), stay.GetProperty("end").GetString(), stay.GetProperty("bedDays").GetInt32(),
            stay.GetProperty("sex").GetString(), stay.GetProperty("ageAtStart").GetInt32(), stay.GetProperty("ia").GetString(),
            stay.GetProperty("source").GetProperty("org").GetString(), stay.GetProperty("source").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Ndjson_StreamsTheSameActivity()
    {
        using var analyst = app.ClientFor("Analyst", null, Orkney);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/ia/{Orkney}/activity?month=2019-04");
        request.Headers.Accept.ParseAdd("application/x-ndjson");

        using var response = await analyst.SendAsync(request);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.All(lines, l => Assert.Equal(Orkney, JsonDocument.Parse(l).RootElement.GetProperty("ia").GetString()));
    }

    [Fact]
    public async Task Timeline_ListsThePersonsActivityInThisIaOnly()
    {
        using var orkney = app.ClientFor("Analyst", null, Orkney);
        using var westernIsles = app.ClientFor("Analyst", null, WesternIsles);
        var anonId = (await PageAsync(orkney, Orkney, "2019-04", "death")).Single().GetProperty("anonId").GetString();

        var timeline = await orkney.GetFromJsonAsync<JsonElement>($"/api/ia/{Orkney}/people/{anonId}");
        using var elsewhere = await westernIsles.GetAsync($"/api/ia/{WesternIsles}/people/{anonId}");
        using var unknown = await orkney.GetAsync($"/api/ia/{Orkney}/people/{new string('0', 32)}");

        Assert.Equal((anonId, "female"), (timeline.GetProperty("anonId").GetString(), timeline.GetProperty("sex").GetString()));
        Assert.Equal(
            ["home-care", "inpatient-admission", "delayed-discharge", "death"],
            timeline.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Indicators_MatchTheValuesWorkedOutByHand()
    {
        using var analyst = app.ClientFor("Analyst", null, Orkney, WesternIsles);

        var orkney = await analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{Orkney}/indicators?from=2019-03&to=2019-04&asOf=2019-06-30");
        var westernIsles = await analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{WesternIsles}/indicators?from=2019-04&to=2019-04&asOf=2019-06-30");

        Assert.Equal((Orkney, "2019-06-30"), (orkney.GetProperty("ia").GetString(), orkney.GetProperty("asOf").GetString()));
        var march = orkney.GetProperty("months")[0];
        var april = orkney.GetProperty("months")[1];
        Assert.Equal("2019-03", march.GetProperty("month").GetString());

        // P1 (born 1940-05-10, 78 throughout) and P2 (born 2010-02-01, 9); C2 69, C3 30.
        // Emergency acute stay 28 Mar → 3 Apr is counted in April, its discharge month.
        Assert.Equal([0, 0, 0, 0], Bands(march, "emergencyAdmissions"));
        Assert.Equal([1, 1, 1, 1], Bands(april, "emergencyAdmissions"));
        // Bed days: 29, 30, 31 March; 1–3 April. P2's open mental-health stay from 10 April: 11–30 April = 20, age 9.
        Assert.Equal([3, 3, 3, 3], Bands(march, "unscheduledBedDays"));
        Assert.Equal([23, 3, 3, 3], Bands(april, "unscheduledBedDays"));
        // P1's A&E on 28 March was withdrawn (entered-in-error); P2's on 12 March (age 9) stands.
        Assert.Equal([1, 0, 0, 0], Bands(march, "aeAttendances"));
        Assert.Equal([0, 0, 0, 0], Bands(april, "aeAttendances"));
        // Ready for discharge 1 April, discharged 3 April: days 2 and 3.
        Assert.Equal([2, 2, 2, 2], Bands(april, "delayedDischargeBedDays"));
        Assert.Equal(2, april.GetProperty("delayedDischargeBedDays").GetProperty("byReason").GetProperty("health-social-care").GetInt32());
        Assert.Equal(0, april.GetProperty("delayedDischargeBedDays").GetProperty("byReason").GetProperty("code-9").GetInt32());
        // Home care: Q4 row 31 h over 1–31 March; Q1 row 20 h over 1–20 April (its end).
        Assert.Equal([1, 1, 1, 1], Bands(march, "homeCareClients"));
        Assert.Equal([31m, 31m, 31m, 31m], DecimalBands(march, "homeCareHours"));
        Assert.Equal([20m, 20m, 20m, 20m], DecimalBands(april, "homeCareHours"));
        // C2 (69): care home from 16 April and telecare whose Q1 row covers April (not March: rows are cut to their period).
        Assert.Equal([0, 0, 0, 0], Bands(march, "careHomeResidents"));
        Assert.Equal([1, 1, 1, 0], Bands(april, "careHomeResidents"));
        Assert.Equal([0, 0, 0, 0], Bands(march, "alarmTelecareClients"));
        Assert.Equal([1, 1, 1, 0], Bands(april, "alarmTelecareClients"));
        // C3 (30): SDS 1 February – 15 March.
        Assert.Equal([1, 1, 0, 0], Bands(march, "sdsClients"));
        Assert.Equal([0, 0, 0, 0], Bands(april, "sdsClients"));
        // P1 died 20 April; 6 hospital days in the 182 before: 100 × (1 − 6 / 182.5) = 96.71.
        Assert.Equal([0, 0, 0, 0], Bands(march, "deaths"));
        Assert.Equal([1, 1, 1, 1], Bands(april, "deaths"));
        Assert.All(AgeBandNames, b => Assert.Equal(JsonValueKind.Null, march.GetProperty("lastSixMonthsInCommunityPct").GetProperty(b).ValueKind));
        Assert.Equal([96.71m, 96.71m, 96.71m, 96.71m], DecimalBands(april, "lastSixMonthsInCommunityPct"));

        // Western Isles sees only its own: C4 (49) has 30 h over 1 April – 30 June (91 days), 30 of them in April = 9.89.
        var wiApril = westernIsles.GetProperty("months")[0];
        Assert.Equal([9.89m, 9.89m, 0m, 0m], DecimalBands(wiApril, "homeCareHours"));
        Assert.Equal([0, 0, 0, 0], Bands(wiApril, "deaths"));
    }

    [Fact]
    public async Task Feed_HasOneEntryPerChange_AndTheDailyFileMatchesIt()
    {
        using var analyst = app.ClientFor("Analyst", null, Orkney);
        var today = ScottishTime.Today(TimeProvider.System);

        var feed = await FeedAsync(analyst, Orkney, today);

        // Ten activities published once each; P1's A&E attendance later withdrawn: one delete.
        Assert.Equal(10, feed.Count(e => e.GetProperty("op").GetString() == "upsert"));
        var delete = Assert.Single(feed, e => e.GetProperty("op").GetString() == "delete");
        Assert.Equal("ae-attendance", delete.GetProperty("kind").GetString());
        Assert.Equal(feed.Count, feed.Select(e => e.GetProperty("activityId").GetString() + e.GetProperty("op").GetString()).Distinct().Count());

        var written = await app.Services.GetRequiredService<FeedFilePublisher>().PublishAsync(Orkney, today, default);
        var manifest = await analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{Orkney}/feed/files");
        var output = Assert.Single(manifest.GetProperty("output").EnumerateArray(), o => o.GetProperty("url").GetString()!.Contains(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var file = await analyst.GetStringAsync(output.GetProperty("url").GetString());

        Assert.Equal(feed.Count, written);
        Assert.Equal(("Activity", written), (output.GetProperty("type").GetString(), output.GetProperty("count").GetInt32()));
        Assert.True(manifest.GetProperty("requiresAccessToken").GetBoolean());
        Assert.Equal(written, file.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/activity?month=2019-04")]
    [InlineData("/people/00000000000000000000000000000000")]
    [InlineData("/feed?date=2019-04-01")]
    [InlineData("/feed/files")]
    [InlineData("/feed/files/2019-04-01.ndjson")]
    [InlineData("/indicators?from=2019-04&to=2019-04")]
    public async Task AnalystOfOneIa_Gets403OnAnotherIasEveryRoute(string route)
    {
        using var orkneyAnalyst = app.ClientFor("Analyst", null, Orkney);
        using var submitter = app.ClientFor("Submitter", "S08000028", WesternIsles);

        using var other = await orkneyAnalyst.GetAsync($"/api/ia/{WesternIsles}{route}");
        using var wrongRole = await submitter.GetAsync($"/api/ia/{WesternIsles}{route}");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
    }

    [Theory]
    [InlineData("/activity?month=2019-4")]
    [InlineData("/activity?month=2019-04&kind=surgery")]
    [InlineData("/feed?date=yesterday")]
    [InlineData("/indicators?from=2019-05&to=2019-04")]
    [InlineData("/indicators?from=2019-04&to=2019-04&asOf=30/06/2019")]
    public async Task BadParameters_Get400NamingTheParameter(string route)
    {
        using var analyst = app.ClientFor("Analyst", null, Orkney);

        using var response = await analyst.GetAsync($"/api/ia/{Orkney}{route}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("issues")[0];
        Assert.Contains(issue.GetProperty("location").GetString()!, route, StringComparison.Ordinal);
    }

    private static readonly string[] AgeBandNames = ["all", "18+", "65+", "75+"];

    private static int[] Bands(JsonElement month, string field) => [.. AgeBandNames.Select(b => month.GetProperty(field).GetProperty(b).GetInt32())];

    private static decimal[] DecimalBands(JsonElement month, string field) => [.. AgeBandNames.Select(b => month.GetProperty(field).GetProperty(b).GetDecimal())];

    private static List<string?> Kinds(List<JsonElement> items) => [.. items.Select(i => i.GetProperty("kind").GetString()).Order(StringComparer.Ordinal)];

    private static async Task<List<JsonElement>> PageAsync(HttpClient client, string ia, string month, string? kind = null)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/ia/{ia}/activity?month={month}" + (kind is null ? string.Empty : $"&kind={kind}"));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("continuation").ValueKind);
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static async Task<List<JsonElement>> FeedAsync(HttpClient client, string ia, DateOnly day)
    {
        var text = await client.GetStringAsync($"/api/ia/{ia}/feed?date={day:yyyy-MM-dd}");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private async Task<Seeded> SeedAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var p1 = TestChi.For(new DateOnly(1940, 5, 10), female: true);
        var p2 = TestChi.For(new DateOnly(2010, 2, 1), female: false);
        var p3 = TestChi.For(new DateOnly(1955, 7, 7), female: true);
        var orkneyBundle = $$$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1-{{{{tag}}}}","identifier":[{"system":"{{{{ChiSystem}}}}","value":"{{{{p1}}}}"}],"name":[{"family":"Flett","given":["Ingrid"]}],"gender":"female","birthDate":"1940-05-10","deceasedDateTime":"2019-04-20","address":[{"district":"S12000023","postalCode":"KW15 1AA"}]}},
          {"fullUrl":"urn:uuid:p2","resource":{"resourceType":"Patient","id":"p2-{{{{tag}}}}","identifier":[{"system":"{{{{ChiSystem}}}}","value":"{{{{p2}}}}"}],"name":[{"family":"Sinclair","given":["Magnus"]}],"gender":"male","birthDate":"2010-02-01","address":[{"district":"S12000023"}]}},
          {"resource":{"resourceType":"Encounter","id":"e1-{{{{tag}}}}","status":"finished","class":{"code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"serviceType":{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"acute"}]},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2019-03-28","end":"2019-04-03"}}},
          {"resource":{"resourceType":"Encounter","id":"e2-{{{{tag}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2019-03-28"}}},
          {"resource":{"resourceType":"Encounter","id":"e5-{{{{tag}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p2"},"period":{"start":"2019-03-12"}}},
          {"resource":{"resourceType":"Encounter","id":"e3-{{{{tag}}}}","status":"in-progress","class":{"code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"serviceType":{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"mental-health"}]},"subject":{"reference":"urn:uuid:p2"},"period":{"start":"2019-04-10"}}},
          {"resource":{"resourceType":"EpisodeOfCare","id":"dd1-{{{{tag}}}}","status":"finished","type":[{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/episode-type","code":"delayed-discharge"}]},{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/delay-reason","code":"health-social-care"}]}],"patient":{"reference":"urn:uuid:p1"},"period":{"start":"2019-04-01","end":"2019-04-03"}}}
        ]}
        """;
        var westernIslesBundle = $$$$"""
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"urn:uuid:p3","resource":{"resourceType":"Patient","id":"p3-{{{{tag}}}}","identifier":[{"system":"{{{{ChiSystem}}}}","value":"{{{{p3}}}}"}],"gender":"female","birthDate":"1955-07-07","address":[{"district":"S12000013"}]}},
          {"resource":{"resourceType":"Encounter","id":"e4-{{{{tag}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p3"},"period":{"start":"2019-03-05"}}}
        ]}
        """;
        await SubmitFhirAsync("S08000025", orkneyBundle);
        await SubmitFhirAsync("S08000028", westernIslesBundle);
        await SubmitCsvAsync("S12000023", $"""
            {Header}
            330,{tag}-C1,2018Q4,{p1},Ingrid,Flett,1940-05-10,2,KW15 1AA,,HC,2,2019-03-01,,31,0,,,
            330,{tag}-C1,2019Q1,{p1},Ingrid,Flett,1940-05-10,2,KW15 1AA,,HC,2,2019-03-01,2019-04-20,20,0,,,
            330,{tag}-C2,2019Q1,,Elsie,Rendall,1950-01-01,2,,,CH,3,2019-04-16,,,,St Rognvald House,KW15 1SY,1
            330,{tag}-C2,2019Q1,,Elsie,Rendall,1950-01-01,2,,,AT,2,2018-06-01,,,,,,
            330,{tag}-C3,2018Q4,,Erlend,Drever,1989-01-01,1,,,SDS,1,2019-02-01,2019-03-15,,,,,
            """);
        await SubmitCsvAsync("S12000013", $"""
            {Header}
            235,{tag}-C4,2019Q1,,Peigi,MacLeod,1970-01-01,2,,,HC,1,2019-04-01,,30,0,,,
            """);

        // Everything projected: the April page shows all seven, March all five.
        using var analyst = app.ClientFor("Analyst", null, Orkney);
        await Eventually.ReachAsync(() => PageAsync(analyst, Orkney, "2019-04"), items => items.Count == 7);
        await Eventually.ReachAsync(() => PageAsync(analyst, Orkney, "2019-03"), items => items.Count == 5);

        // Then the A&E attendance is withdrawn: the feed must show it leave.
        await SubmitFhirAsync("S08000025", $$$"""
            {"resourceType":"Encounter","id":"e2-{{{tag}}}","status":"entered-in-error","class":{"code":"EMER"},"subject":{"reference":"Patient/p1-{{{tag}}}"},"period":{"start":"2019-03-28"}}
            """);
        await Eventually.ReachAsync(() => PageAsync(analyst, Orkney, "2019-03"), items => items.Count == 4);
        await Eventually.ReachAsync(
            async () => await FeedAsync(analyst, Orkney, ScottishTime.Today(TimeProvider.System)),
            entries => entries.Any(e => e.GetProperty("op").GetString() == "delete"));
        using var westernIsles = app.ClientFor("Analyst", null, WesternIsles);
        await Eventually.ReachAsync(() => PageAsync(westernIsles, WesternIsles, "2019-04"), items => items.Count == 1);
        return new Seeded(p1, tag);
    }

    private async Task SubmitFhirAsync(string board, string body)
    {
        using var client = app.ClientFor("Submitter", board);
        using var response = await client.PostAsync("/api/fhir", Fhir.Content(body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
        Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());
    }

    private async Task SubmitCsvAsync(string council, string csv)
    {
        using var client = app.ClientFor("Submitter", council);
        using var response = await client.PostAsync("/api/social-care/extracts", new StringContent(csv, new UTF8Encoding(false), "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
        Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());
    }
}
