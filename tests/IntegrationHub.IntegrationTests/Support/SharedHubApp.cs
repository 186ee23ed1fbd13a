namespace IntegrationHub.IntegrationTests.Support;

/// <summary>The one app instance shared by the tests of <see cref="HubCollection"/>.</summary>
public sealed class SharedHubApp : HubAppFactory
{
    public SharedHubApp()
        : base(null, null)
    {
    }
}
