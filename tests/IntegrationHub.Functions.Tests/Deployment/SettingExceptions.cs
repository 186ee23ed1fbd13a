namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>The only settings allowed to be missing from Bicep or from the sample, each with the reason.</summary>
internal static class SettingExceptions
{
    /// <summary>Local development only: listed in the sample, and never anywhere under bicep/.</summary>
    public static readonly IReadOnlyDictionary<string, string> DevelopmentOnly = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage__ConnectionString"] = "Azurite; in Azure the service URIs and the managed identity are used, and the account refuses shared keys",
        ["Cosmos__Key"] = "the local emulator; the Azure account has key auth disabled and the managed identity is used",
        ["Auth__DevelopmentSigningKey"] = "locally signed tokens; refused at start-up outside the Development environment",
        ["Pseudonymisation__DevelopmentKey"] = "a per-machine key; refused at start-up outside the Development environment",
    };

    /// <summary>Read by the app but rightly left unset in Azure, where the default is the right value.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotSetInAzure = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Hosting__MaxPollInterval"] = "standalone queue polling only; in Azure the Functions host polls (Bicep sets Hosting__RunTriggers false)",
        ["Hosting__RetryDelay"] = "standalone retries only; in Azure the Functions host retries with its own back-off",
        ["Hosting__FunctionsRoot"] = "defaults to the app's base directory, which is where the package puts host.json",
    };

    /// <summary>Read by the app but deliberately absent from local.settings.sample.json.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotInSample = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Hosting__FunctionsRoot"] = "the default (the app's base directory) is right in both modes, and an empty value would replace it",
    };
}
