using IntegrationHub.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>The test app in another environment (Production, Staging), with the settings it is given on top.</summary>
public sealed class NonDevelopmentHubAppFactory(string environment, IReadOnlyDictionary<string, string?> settings)
    : HubAppFactory(null, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
    }
}
