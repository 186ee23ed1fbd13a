using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Functions.WebConsole;

/// <summary>
/// The console's Entra ID sign-in (MSAL.js, authorization code + PKCE): the single-page app registration's client id
/// and, optionally, the API scope it asks for. Empty locally, where the development sign-in is used instead.
/// </summary>
public sealed class ConsoleOptions : IValidatableObject
{
    public const string Section = "Console";

    /// <summary>The console's own (SPA) app registration in Entra ID.</summary>
    public string? SignInClientId { get; set; }

    /// <summary>The scope of the hub's API the console asks a token for; default <c>{Auth:Audience}/.default</c>.</summary>
    public string? ApiScope { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(SignInClientId) && !string.IsNullOrWhiteSpace(ApiScope))
        {
            yield return new ValidationResult("Console:ApiScope is set without Console:SignInClientId; the console cannot sign in with a scope alone.", [nameof(SignInClientId)]);
        }
    }
}
