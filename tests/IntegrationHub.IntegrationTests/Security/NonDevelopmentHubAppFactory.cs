using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>The test app in another environment (Production, Staging), with the settings it is given on top.</summary>
public sealed class NonDevelopmentHubAppFactory(string environment, IReadOnlyDictionary<string, string?> settings)
    : HubAppFactory(null, InEnvironment(environment, settings))
{
    private static Dictionary<string, string?> InEnvironment(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment,
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["DOTNET_ENVIRONMENT"] = environment,
        };
        return all;
    }
}
