using System.Net;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Submissions;

[Collection(HubCollection.Name)]
public sealed class ExtractAcceptTests(SharedHubApp app)
{
    private const string Council = "S12000049";
    private const string Header = "sending_location,social_care_id,period,service,service_type,service_start_date";

    [Fact]
    public async Task ValidExtract_IsAcceptedAndCountsItsRows()
    {
        using var client = app.ClientFor("Submitter", Council);
        var id = Guid.NewGuid().ToString("N")[..8];

        using var response = await client.PostAsync("/api/social-care/extracts", Csv($"\uFEFF{Header}\r\n260,{id}A,2026Q2,SDS,2,2026-07-01\r\n260,{id}B,2026Q2,AT,1,2026-07-02\r\n"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
        Assert.Equal("social-care", status.GetProperty("kind").GetString());
        Assert.Equal(2, status.GetProperty("counts").GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task MissingRequiredColumns_Gets400NamingEachOne()
    {
        using var client = app.ClientFor("Submitter", Council);

        using var response = await client.PostAsync("/api/social-care/extracts", Csv("sending_location,social_care_id,service\n260,A,HC\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var issues = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("issues");
        var locations = issues.EnumerateArray().Select(i => i.GetProperty("location").GetString()).ToList();
        Assert.Equal(["line 1 column period", "line 1 column service_type", "line 1 column service_start_date"], locations);
    }

    [Theory]
    [InlineData("")]
    [InlineData(Header + "\n")]
    [InlineData(Header + "\r\n\r\n")]
    public async Task EmptyOrHeaderOnly_Gets400(string body)
    {
        using var client = app.ClientFor("Submitter", Council);

        using var response = await client.PostAsync("/api/social-care/extracts", Csv(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BoardToken_Gets403()
    {
        using var client = app.ClientFor("Submitter", "S08000031");

        using var response = await client.PostAsync("/api/social-care/extracts", Csv(Header + "\n260,A,2026Q2,HC,2,2026-07-01\n"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private static StringContent Csv(string body) => new(body, new UTF8Encoding(false), "text/csv");
}
