using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>
/// The per-org limit on the submit routes, on an app of its own with a tiny limit: the request after the last
/// permit gets 429 with Retry-After in the route's error shape, and other orgs keep their own permits.
/// </summary>
public sealed class SubmissionRateLimitTests : IDisposable
{
    private const int Permits = 3;
    private const string ExtractHeader = "sending_location,social_care_id,period,service,service_type,service_start_date";

    private readonly HubAppFactory app = new(null, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task BoardOverItsLimit_Gets429OperationOutcomeWithRetryAfter_AnotherBoardIsNotLimited()
    {
        using var board = app.ClientFor("Submitter", "S08000031");
        using var otherBoard = app.ClientFor("Submitter", "S08000024");

        for (var i = 0; i < Permits; i++)
        {
            using var accepted = await board.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var limited = await board.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        using var other = await otherBoard.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        AssertRetryAfter(limited);
        var outcome = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        Assert.Equal("throttled", outcome.GetProperty("issue")[0].GetProperty("code").GetString());
        Assert.Null(limited.Content.Headers.ContentLocation);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task CouncilOverItsLimit_Gets429ProblemJsonWithRetryAfter_AnotherCouncilIsNotLimited()
    {
        using var council = app.ClientFor("Submitter", "S12000049");
        using var otherCouncil = app.ClientFor("Submitter", "S12000036");

        for (var i = 0; i < Permits; i++)
        {
            using var accepted = await council.PostAsync("/api/social-care/extracts", Extract("260"));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var limited = await council.PostAsync("/api/social-care/extracts", Extract("260"));
        using var other = await otherCouncil.PostAsync("/api/social-care/extracts", Extract("230"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        AssertRetryAfter(limited);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("S12000049", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task ReadingStatus_IsNotLimited()
    {
        using var board = app.ClientFor("Submitter", "S08000028");
        using var accepted = await board.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        var location = accepted.Content.Headers.ContentLocation?.ToString() ?? accepted.Headers.GetValues("Content-Location").Single();

        for (var i = 0; i < Permits * 3; i++)
        {
            using var status = await board.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void NonPositiveLimit_AppFailsToStart(string permits)
    {
        using var misconfigured = new HubAppFactory(null, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = permits });

        var error = Record.Exception(() => misconfigured.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("PermitsPerMinute", error.ToString(), StringComparison.Ordinal);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
    }

    private static ByteArrayContent Extract(string sendingLocation)
    {
        var body = $"{ExtractHeader}\n{sendingLocation},C{Guid.NewGuid():N},2024Q1,HC,2,2024-04-01\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
