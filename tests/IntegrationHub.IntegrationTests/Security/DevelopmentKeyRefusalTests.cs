using System.Net;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>
/// The development signing and pseudonymisation keys are refused outside Development: a mis-configured app must
/// not start at all (rather than start and accept self-made tokens, or mint anonIds from a key that is not in
/// Key Vault). The control starts the same app in Production with production-style settings, so the refusals
/// are proven to come from the development keys and not from something else about Production.
/// </summary>
public sealed class DevelopmentKeyRefusalTests
{
    // A syntactically valid Entra ID authority; the app only fetches its metadata when a token arrives.
    private const string EntraAuthority = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void DevelopmentSigningKey_OutsideDevelopment_AppFailsToStart(string environment)
    {
        // HubAppFactory always sets Auth:DevelopmentSigningKey; here it is left in place.
        using var app = new NonDevelopmentHubAppFactory(environment, new Dictionary<string, string?>());

        var error = Record.Exception(() => app.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Auth:DevelopmentSigningKey", Messages(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void DevelopmentPseudonymisationKey_OutsideDevelopment_AppFailsToStart(string environment)
    {
        using var app = new NonDevelopmentHubAppFactory(environment, new Dictionary<string, string?>
        {
            ["Auth:DevelopmentSigningKey"] = string.Empty,
            ["Auth:Authority"] = EntraAuthority,
        });

        var error = Record.Exception(() => app.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("Pseudonymisation:DevelopmentKey", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionKeysOnly_OutsideDevelopment_AppStarts()
    {
        using var app = new NonDevelopmentHubAppFactory("Production", new Dictionary<string, string?>
        {
            ["Auth:DevelopmentSigningKey"] = string.Empty,
            ["Auth:Authority"] = EntraAuthority,
            ["Pseudonymisation:DevelopmentKey"] = string.Empty,
            ["Pseudonymisation:Key"] = DevelopmentTokens.NewSigningKey(),
        });
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var current))
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }

        return string.Join(" | ", messages);
    }
}
