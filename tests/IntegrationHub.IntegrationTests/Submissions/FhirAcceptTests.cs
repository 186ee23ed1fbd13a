using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Submissions;

[Collection(HubCollection.Name)]
public sealed class FhirAcceptTests(SharedHubApp app)
{
    private const string Board = "S08000031";

    [Fact]
    public async Task SmallBundle_IsAcceptedAndReachesCompleted()
    {
        using var client = app.ClientFor("Submitter", Board);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(3)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
        Assert.StartsWith("/api/submissions/", location, StringComparison.Ordinal);
        var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        Assert.Contains(location["/api/submissions/".Length..], outcome.GetProperty("issue")[0].GetProperty("diagnostics").GetString(), StringComparison.Ordinal);

        var status = await SubmissionPolling.WaitForFinishAsync(client, location);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("counts").GetProperty("entries").GetInt32());
        Assert.Equal(Board, status.GetProperty("org").GetString());
        Assert.Equal("fhir", status.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SameBodyTwice_ReturnsTheSameSubmission()
    {
        using var client = app.ClientFor("Submitter", Board);
        var body = Fhir.Bundle(2);

        using var first = await client.PostAsync("/api/fhir", Fhir.Content(body));
        using var second = await client.PostAsync("/api/fhir", Fhir.Content(body));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(Location(first), Location(second));
    }

    [Fact]
    public async Task SameIdempotencyKeyWithAnotherBody_ReturnsTheFirstSubmission()
    {
        using var client = app.ClientFor("Submitter", Board);
        var key = Guid.NewGuid().ToString();

        using var first = await Post(client, Fhir.Bundle(1), key);
        using var second = await Post(client, Fhir.Bundle(4), key);

        Assert.Equal(Location(first), Location(second));
        var status = await SubmissionPolling.WaitForFinishAsync(client, Location(first));
        Assert.Equal(1, status.GetProperty("counts").GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task NoToken_Gets401AsOperationOutcome()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("OperationOutcome", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("resourceType").GetString());
    }

    [Fact]
    public async Task CouncilToken_Gets403()
    {
        using var client = app.ClientFor("Submitter", "S12000049");

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnalystToken_Gets403()
    {
        using var client = app.ClientFor("Analyst", null, "S37000034");

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SeventeenMebibyteBody_Gets413()
    {
        using var client = app.ClientFor("Submitter", Board);
        var padding = new string(' ', 17 * 1024 * 1024);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content("{\"resourceType\":\"Bundle\",\"type\":\"batch\"" + padding + "}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/xml", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", HttpStatusCode.Accepted)]
    [InlineData("application/fhir+json; charset=utf-8", HttpStatusCode.Accepted)]
    public async Task ContentType_IsCheckedAtAccept(string contentType, HttpStatusCode expected)
    {
        using var client = app.ClientFor("Submitter", Board);
        using var content = new StringContent(Fhir.Bundle(1), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await client.PostAsync("/api/fhir", content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[", "structure")]
    [InlineData("[1,2,3]", "structure")]
    [InlineData("{\"hello\":\"world\"}", "structure")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":[]}", "not-supported")]
    [InlineData("not json at all", "structure")]
    public async Task UnreadableOrNonFhirBody_Gets400WithOperationOutcome(string body, string code)
    {
        using var client = app.ClientFor("Submitter", Board);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, outcome.GetProperty("issue")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task BundleOfMoreThanAThousandEntries_Gets413()
    {
        using var client = app.ClientFor("Submitter", Board);
        var entries = string.Join(",", Enumerable.Repeat("{\"resource\":{\"resourceType\":\"Basic\"}}", 1001));

        using var response = await client.PostAsync("/api/fhir", Fhir.Content($"{{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{entries}]}}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SubmissionOfAnotherOrg_Gets403AndUnknownGets404()
    {
        using var owner = app.ClientFor("Submitter", Board);
        using var other = app.ClientFor("Submitter", "S08000024");
        using var admin = app.ClientFor("Admin");
        using var response = await owner.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Location(response))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Location(response))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/api/submissions/does-not-exist")).StatusCode);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fhir") { Content = Fhir.Content(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static string Location(HttpResponseMessage response) =>
        response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
}
