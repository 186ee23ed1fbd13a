using IntegrationHub.Functions.WebConsole;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Functions.Tests.WebConsole;

public sealed class ConsoleSignInTests
{
    private static readonly AuthOptions Entra = new()
    {
        Authority = "https://login.microsoftonline.com/tenant-id/v2.0",
        Issuer = "https://login.microsoftonline.com/tenant-id/v2.0",
        Audience = "api://integrationhub",
    };

    [Fact]
    public void Development_with_a_development_key_offers_the_development_sign_in_and_no_msal()
    {
        var signIn = ConsoleSignIn.For(true, new AuthOptions { DevelopmentSigningKey = DevelopmentTokens.NewSigningKey() }, new ConsoleOptions());

        Assert.True(signIn.Development);
        Assert.Null(signIn.Msal);
    }

    [Fact]
    public void Outside_Development_the_development_sign_in_is_never_offered()
    {
        // Even with a key in the settings (the auth set-up refuses to start then; the console does not rely on it).
        var signIn = ConsoleSignIn.For(false, new AuthOptions { DevelopmentSigningKey = DevelopmentTokens.NewSigningKey(), Authority = Entra.Authority }, new ConsoleOptions { SignInClientId = "spa-client" });

        Assert.False(signIn.Development);
        Assert.NotNull(signIn.Msal);
    }

    [Fact]
    public void Entra_sign_in_uses_the_authority_without_v2_and_the_audience_default_scope()
    {
        var signIn = ConsoleSignIn.For(false, Entra, new ConsoleOptions { SignInClientId = "spa-client" });

        Assert.Equal(new ConsoleMsal("spa-client", "https://login.microsoftonline.com/tenant-id", "api://integrationhub/.default"), signIn.Msal);
    }

    [Fact]
    public void A_configured_scope_is_used_as_it_is()
    {
        var signIn = ConsoleSignIn.For(false, Entra, new ConsoleOptions { SignInClientId = "spa-client", ApiScope = "api://integrationhub/Console.Read" });

        Assert.Equal("api://integrationhub/Console.Read", signIn.Msal!.Scope);
    }

    [Fact]
    public void Without_a_client_id_there_is_no_entra_sign_in()
    {
        Assert.Null(ConsoleSignIn.For(false, Entra, new ConsoleOptions()).Msal);
    }
}
