using System.Net;
using System.Text;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Hosting;

[Collection(HubCollection.Name)]
public sealed class StandaloneInvocationEndpointsTests(SharedHubApp app)
{
    [Fact]
    public async Task StandaloneApp_DoesNotExposeUnauthenticatedTriggerEndpoints()
    {
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/ProcessSubmission", new StringContent("{\"Data\":{}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
