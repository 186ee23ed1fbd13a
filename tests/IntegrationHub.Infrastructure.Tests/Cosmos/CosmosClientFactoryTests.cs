using IntegrationHub.Infrastructure.Cosmos;

namespace IntegrationHub.Infrastructure.Tests.Cosmos;

public sealed class CosmosClientFactoryTests
{
    [Theory]
    [InlineData("https://127.0.0.1:8081/", true)]
    [InlineData("https://localhost:8081/", true)]
    [InlineData("https://[::1]:8081/", true)]
    [InlineData("https://127.9.9.9:8081/", true)]
    [InlineData("https://ih-cosmos.documents.azure.com:443/", false)]
    [InlineData("https://10.0.0.4:8081/", false)]
    public void OnlyLoopbackEndpoints_AreTreatedAsTheLocalEmulator(string endpoint, bool loopback)
    {
        Assert.Equal(loopback, CosmosClientFactory.IsLoopback(new Uri(endpoint)));
    }
}
