using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Functions.WebConsole;

/// <summary>
/// What the console's sign-in page offers (served as <c>/api/console/config.json</c>): the development sign-in only in
/// the Development environment, the Entra ID (MSAL) sign-in wherever it is configured, and nothing otherwise, so a
/// deployed app never offers to take a hand-made token.
/// </summary>
public sealed record ConsoleSignIn(bool Development, ConsoleMsal? Msal)
{
    public static ConsoleSignIn For(bool isDevelopment, AuthOptions auth, ConsoleOptions console)
    {
        ConsoleMsal? msal = null;
        if (!string.IsNullOrWhiteSpace(console.SignInClientId) && !string.IsNullOrWhiteSpace(auth.Authority))
        {
            msal = new ConsoleMsal(
                console.SignInClientId,
                MsalAuthority(auth.Authority),
                string.IsNullOrWhiteSpace(console.ApiScope) ? auth.Audience.TrimEnd('/') + "/.default" : console.ApiScope);
        }

        return new ConsoleSignIn(isDevelopment && !string.IsNullOrEmpty(auth.DevelopmentSigningKey), msal);
    }

    /// <summary>The API validates tokens against the v2.0 issuer; MSAL wants the authority without that suffix.</summary>
    private static string MsalAuthority(string authority)
    {
        var trimmed = authority.TrimEnd('/');
        return trimmed.EndsWith("/v2.0", StringComparison.OrdinalIgnoreCase) ? trimmed[..^"/v2.0".Length] : trimmed;
    }
}
