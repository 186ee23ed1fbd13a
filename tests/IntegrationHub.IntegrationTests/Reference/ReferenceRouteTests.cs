using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Reference;

[Collection(HubCollection.Name)]
public sealed class ReferenceRouteTests(SharedHubApp app)
{
    [Theory]
    [InlineData("Submitter", "S12000049")]
    [InlineData("Analyst", null)]
    public async Task AnyAuthenticatedCaller_GetsThe31Ias(string role, string? org)
    {
        using var client = app.ClientFor(role, org);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/reference/integration-authorities");

        var ias = body.GetProperty("integrationAuthorities").EnumerateArray().ToList();
        Assert.Equal(31, ias.Count);
        var clacksAndStirling = Assert.Single(ias, i => i.GetProperty("code").GetString() == "S37000005");
        Assert.Equal(["S12000005", "S12000030"], clacksAndStirling.GetProperty("councils").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());
        Assert.Equal("Forth Valley", clacksAndStirling.GetProperty("boards")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task NoToken_Gets401()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/reference/integration-authorities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
