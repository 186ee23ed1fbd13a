namespace IntegrationHub.Infrastructure.Pseudonymisation;

/// <summary>Section <c>Pseudonymisation</c>: the HMAC key behind every anonId (base64, at least 256 bits).</summary>
public sealed class PseudonymisationOptions
{
    public const string Section = "Pseudonymisation";

    /// <summary>The production key, from Key Vault (an app setting that is a Key Vault reference).</summary>
    public string? Key { get; set; }

    /// <summary>
    /// A key made per machine by <c>./hub</c> (or per test run), never committed; refused at start-up outside the
    /// Development environment, so anonIds seen by analysts can only come from the Key Vault key.
    /// </summary>
    public string? DevelopmentKey { get; set; }
}
