using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Quality;

/// <summary>
/// GET /api/quality against the real app on emulators of its own, so every figure is this test's data: an Orkney
/// bundle and an Orkney extract (which reach the Orkney IA) and a Western Isles extract (which does not).
/// </summary>
public sealed class QualityRouteTests(QualityApp fixture) : IClassFixture<QualityApp>
{
    private const string Orkney = "S37000022";
    private const string OrkneyBoard = "S08000025";
    private const string OrkneyCouncil = "S12000023";
    private const string WesternIslesCouncil = "S12000013";
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";
    private const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private readonly HubAppFactory app = fixture.App;

    [Fact]
    public async Task Per_sender_and_month_the_figures_are_the_submissions_and_an_analyst_sees_only_senders_reaching_its_ias()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var valid = TestChi.For(new DateOnly(1940, 2, 3), female: true);
        // Three patients: a valid CHI and a postcode, a CHI with a wrong check digit and no postcode, no CHI and a
        // postcode; an encounter whose subject is nowhere, rejected.
        var fhir = await SubmitAsync(OrkneyBoard, "/api/fhir", Fhir.Content($$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:a","resource":{"resourceType":"Patient","id":"a-{{{tag}}}","identifier":[{"system":"{{{ChiSystem}}}","value":"{{{valid}}}"}],"name":[{"family":"Flett","given":["Ann"]}],"gender":"female","birthDate":"1940-02-03","address":[{"postalCode":"KW15 1AA","district":"S12000023"}]}},
              {"fullUrl":"urn:uuid:b","resource":{"resourceType":"Patient","id":"b-{{{tag}}}","identifier":[{"system":"{{{ChiSystem}}}","value":"{{{Broken(valid)}}}"}],"name":[{"family":"Rendall","given":["Tom"]}],"gender":"male","birthDate":"1941-05-06","address":[{"district":"S12000023"}]}},
              {"fullUrl":"urn:uuid:c","resource":{"resourceType":"Patient","id":"c-{{{tag}}}","identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"c-{{{tag}}}"}],"name":[{"family":"Drever","given":["Isla"]}],"gender":"female","birthDate":"1950-07-08","address":[{"postalCode":"KW17 2BB","district":"S12000023"}]}},
              {"resource":{"resourceType":"Encounter","id":"e-{{{tag}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:nobody"},"period":{"start":"2026-03-05"} } }
            ]}
            """));
        var orkneyCsv = await SubmitAsync(OrkneyCouncil, "/api/social-care/extracts", Csv($"""
            {Header}
            {SendingLocation(OrkneyCouncil)},{tag}-1,2025Q4,{TestChi.For(new DateOnly(1938, 1, 2), female: false)},Magnus,Spence,1938-01-02,1,KW15 1XY,,HC,2,2025-10-01,,12,0,,,
            {SendingLocation(OrkneyCouncil)},{tag}-2,2025Q4,,Ingrid,Linklater,1939-09-09,2,,,AT,1,2025-10-01,,,,,,
            """));
        await SubmitAsync(WesternIslesCouncil, "/api/social-care/extracts", Csv($"""
            {Header}
            {SendingLocation(WesternIslesCouncil)},{tag}-3,2025Q4,,Peigi,MacLeod,1970-01-01,2,HS1 2AA,,HC,1,2025-10-01,,30,0,,,
            """));
        var month = SubmissionMonth(fhir);

        using var analyst = app.ClientFor("Analyst", null, Orkney);
        var report = await analyst.GetFromJsonAsync<JsonElement>($"/api/quality?from={month}&to={month}");

        var senders = report.GetProperty("senders").EnumerateArray().ToDictionary(s => s.GetProperty("org").GetString()!);
        Assert.Equal([OrkneyBoard, OrkneyCouncil], senders.Keys.Order(StringComparer.Ordinal));
        var board = senders[OrkneyBoard].GetProperty("months").EnumerateArray().Single();
        Assert.Equal(month, board.GetProperty("month").GetString());
        Assert.Equal(1, board.GetProperty("submissions").GetInt32());
        Assert.Equal(4, board.GetProperty("entries").GetInt32());
        Assert.Equal(Percent(fhir.GetProperty("counts").GetProperty("rejected").GetInt32(), 4), board.GetProperty("rejectedPct").GetDecimal());
        Assert.Equal(3, board.GetProperty("personRecords").GetInt32());
        Assert.Equal(66.67m, board.GetProperty("chiPresentPct").GetDecimal());
        Assert.Equal(50.00m, board.GetProperty("chiValidPct").GetDecimal());
        Assert.Equal(66.67m, board.GetProperty("postcodePresentPct").GetDecimal());
        var issueCodes = fhir.GetProperty("issues").EnumerateArray().GroupBy(i => i.GetProperty("code").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(issueCodes, board.GetProperty("issues").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        var minutes = (DateTimeOffset.Parse(fhir.GetProperty("completedAt").GetString()!, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(fhir.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture)).TotalMinutes;
        Assert.Equal(Math.Round((decimal)minutes, 2), board.GetProperty("acceptToCompletedMinutes").GetProperty("median").GetDecimal());
        Assert.Equal(Math.Round((decimal)minutes, 2), board.GetProperty("acceptToCompletedMinutes").GetProperty("p90").GetDecimal());

        var council = senders[OrkneyCouncil].GetProperty("months").EnumerateArray().Single();
        Assert.Equal(2, council.GetProperty("entries").GetInt32());
        Assert.Equal(orkneyCsv.GetProperty("counts").GetProperty("rejected").GetInt32() == 0 ? 0m : 50m, council.GetProperty("rejectedPct").GetDecimal());
        Assert.Equal(50.00m, council.GetProperty("chiPresentPct").GetDecimal());
        Assert.Equal(100.00m, council.GetProperty("chiValidPct").GetDecimal());
        Assert.Equal(50.00m, council.GetProperty("postcodePresentPct").GetDecimal());

        using var admin = app.ClientFor("Admin");
        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/quality?from={month}&to={month}");
        Assert.Equal(
            new[] { OrkneyBoard, OrkneyCouncil, WesternIslesCouncil }.Order(StringComparer.Ordinal),
            all.GetProperty("senders").EnumerateArray().Select(s => s.GetProperty("org").GetString()!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Submitter", "S08000025")]
    [InlineData("LinkageReviewer", null)]
    public async Task Only_analysts_and_admins_may_read_it(string role, string? org)
    {
        using var client = app.ClientFor(role, org, Orkney);

        using var response = await client.GetAsync("/api/quality?from=2026-01&to=2026-02");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-1&to=2026-02", "from")]
    [InlineData("from=2026-03&to=2026-02", "to")]
    [InlineData("from=2026-01", "to")]
    public async Task A_bad_month_range_is_400_naming_the_parameter(string query, string parameter)
    {
        using var client = app.ClientFor("Analyst", null, Orkney);

        using var response = await client.GetAsync($"/api/quality?{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, problem.ToString(), StringComparison.Ordinal);
    }

    private static string SendingLocation(string council) => Domain.Reference.ReferenceData.Scotland.CouncilByCode(council)!.SendingLocation;

    private static string SubmissionMonth(JsonElement status) =>
        ScottishTime.DateOf(DateTimeOffset.Parse(status.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static decimal Percent(int part, int whole) => Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>The same CHI with another check digit: right format, wrong check.</summary>
    private static string Broken(string chi) =>
        Enumerable.Range(1, 9).Select(d => chi[..9] + (char)('0' + ((chi[9] - '0' + d) % 10))).First(c => !Domain.Identity.Chi.Check(c).IsValid);

    private async Task<JsonElement> SubmitAsync(string org, string route, HttpContent content)
    {
        using var client = app.ClientFor("Submitter", org);
        using var response = await client.PostAsync(route, content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }
}
