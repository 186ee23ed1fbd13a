namespace IntegrationHub.IntegrationTests.Support;

/// <summary>Tests that share one running app against the shared emulators.</summary>
[CollectionDefinition(Name)]
public sealed class HubCollection : ICollectionFixture<SharedHubApp>
{
    public const string Name = "hub";
}
