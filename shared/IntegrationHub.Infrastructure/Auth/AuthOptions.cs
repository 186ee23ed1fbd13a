using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Entra ID authority, e.g. https://login.microsoftonline.com/{tenant}/v2.0. Empty locally.</summary>
    public string? Authority { get; set; }

    [Required]
    public string Issuer { get; set; } = DevelopmentTokens.Issuer;

    [Required]
    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>
    /// Base64 HMAC key for locally signed tokens. Development only: generated per machine by <c>./hub</c>
    /// (or per test run), never committed, and refused at start-up outside the Development environment.
    /// </summary>
    public string? DevelopmentSigningKey { get; set; }
}
