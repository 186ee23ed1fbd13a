using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>
/// Valid tokens asking for what is not theirs: a board on the council route, a council on the FHIR route, one
/// org reading another's submission, an analyst on another IA. Every one is 403 in the route's error shape,
/// and none of the refusals carries the data that was asked for.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OrgAndIaAuthorizationTests(SharedHubApp app)
{
    private const string Board = "S08000031";
    private const string OtherBoard = "S08000024";
    private const string Council = "S12000049";
    private const string OtherCouncil = "S12000036";
    private const string Orkney = "S37000022";
    private const string WesternIsles = "S37000031";
    private const string Glasgow = "S37000034";

    [Theory]
    [InlineData("S08000031")]
    [InlineData("S08000024")]
    public async Task BoardToken_OnSocialCareRoute_Gets403ProblemJson(string board)
    {
        using var client = app.ClientFor("Submitter", board);

        using var response = await client.PostAsync("/api/social-care/extracts", Csv(Header + "\n260,C1,2024Q1,,,,,,,,HC,2,2024-04-01,,10,,,,\n"));

        await AssertForbiddenProblemAsync(response, "org");
    }

    [Theory]
    [InlineData("S12000049")]
    [InlineData("S12000036")]
    public async Task CouncilToken_OnFhirRoute_Gets403OperationOutcome(string council)
    {
        using var client = app.ClientFor("Submitter", council);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        Assert.Equal("forbidden", outcome.GetProperty("issue")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("Submitter", null)]
    [InlineData("Submitter", "S37000034")]
    [InlineData("Submitter", "not-an-org")]
    [InlineData("Analyst", "S08000031")]
    [InlineData("LinkageReviewer", "S08000031")]
    public async Task TokenThatIsNotABoardSubmitter_Gets403OnFhir(string role, string? org)
    {
        using var client = app.ClientFor(role, org, Glasgow);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("OperationOutcome", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("resourceType").GetString());
    }

    [Fact]
    public async Task AnotherBoard_ReadingASubmission_Gets403WithoutItsContent()
    {
        using var owner = app.ClientFor("Submitter", Board);
        using var accepted = await owner.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = Location(accepted);

        foreach (var intruder in new[] { app.ClientFor("Submitter", OtherBoard), app.ClientFor("Submitter", Council), app.ClientFor("Analyst", null, Glasgow) })
        {
            using (intruder)
            using (var response = await intruder.GetAsync(location))
            {
                await AssertForbiddenProblemAsync(response, null);
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(Board, text, StringComparison.Ordinal);
                Assert.DoesNotContain("counts", text, StringComparison.Ordinal);
            }
        }

        using var ownRead = await owner.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, ownRead.StatusCode);
    }

    [Fact]
    public async Task AnotherCouncil_ReadingAnExtract_Gets403()
    {
        using var owner = app.ClientFor("Submitter", Council);
        var socialCareId = "C" + Guid.NewGuid().ToString("N")[..12];
        using var accepted = await owner.PostAsync("/api/social-care/extracts", Csv(Header + $"\n260,{socialCareId},2024Q1,,,,,,,,HC,2,2024-04-01,,10,,,,\n"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var other = app.ClientFor("Submitter", OtherCouncil);

        using var response = await other.GetAsync(Location(accepted));

        await AssertForbiddenProblemAsync(response, "org");
    }

    [Theory]
    [InlineData("/activity?month=2019-04")]
    [InlineData("/people/00000000000000000000000000000000")]
    [InlineData("/feed?date=2019-04-01")]
    [InlineData("/feed/files")]
    [InlineData("/feed/files/2019-04-01.ndjson")]
    [InlineData("/indicators?from=2019-04&to=2019-04")]
    public async Task IaMismatch_Gets403OnEveryIaRoute(string route)
    {
        // Tokens that name IAs, just not this one; a reviewer of the right IA lacks the Analyst role.
        using var twoOthers = app.ClientFor("Analyst", null, Orkney, Glasgow);
        using var noIa = app.ClientFor("Analyst");
        using var lowerCase = app.ClientFor("Analyst", null, WesternIsles.ToLowerInvariant());
        using var reviewer = app.ClientFor("LinkageReviewer", null, WesternIsles);
        using var ownIa = app.ClientFor("Analyst", null, WesternIsles);

        foreach (var client in new[] { twoOthers, noIa, lowerCase, reviewer })
        {
            using var response = await client.GetAsync($"/api/ia/{WesternIsles}{route}");
            await AssertForbiddenProblemAsync(response, null);
        }

        // The same route is open to an analyst of that IA (200, or 404 for the made-up person and day).
        using var allowed = await ownIa.GetAsync($"/api/ia/{WesternIsles}{route}");
        Assert.True(allowed.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{route}: {allowed.StatusCode}");
    }

    [Fact]
    public async Task IaMismatch_OnACodeThatIsNoIa_Gets403Not404()
    {
        // Refusing before looking anything up means a 403 tells an intruder nothing about which codes exist.
        using var analyst = app.ClientFor("Analyst", null, Orkney);

        using var response = await analyst.GetAsync("/api/ia/S37999999/activity?month=2019-04");

        await AssertForbiddenProblemAsync(response, "ia");
    }

    private static async Task AssertForbiddenProblemAsync(HttpResponseMessage response, string? issueLocation)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        if (issueLocation is not null)
        {
            Assert.Equal(issueLocation, problem.GetProperty("issues")[0].GetProperty("location").GetString());
        }
    }

    private const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static string Location(HttpResponseMessage response) =>
        response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
}
