using IntegrationHub.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace IntegrationHub.IntegrationTests.Auth;

/// <summary>Development keys (token signing, pseudonymisation) stop the app from starting anywhere but Development.</summary>
public sealed class DevelopmentKeyTests
{
    [Fact]
    public void DevelopmentSigningKey_OutsideDevelopment_StopsStartUp()
    {
        using var app = new ProductionApp(new Dictionary<string, string?>());

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Auth:DevelopmentSigningKey", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentPseudonymisationKey_OutsideDevelopment_StopsStartUp()
    {
        // An Entra ID authority instead of the development signing key, so only the pseudonymisation key is wrong.
        using var app = new ProductionApp(new Dictionary<string, string?>
        {
            ["Auth:DevelopmentSigningKey"] = string.Empty,
            ["Auth:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Pseudonymisation:DevelopmentKey", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error is AggregateException many
        ? string.Join(" | ", many.InnerExceptions.Select(Flatten))
        : error.Message + (error.InnerException is { } inner ? " | " + Flatten(inner) : string.Empty);

    private sealed class ProductionApp(IReadOnlyDictionary<string, string?> settings) : HubAppFactory(null, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
