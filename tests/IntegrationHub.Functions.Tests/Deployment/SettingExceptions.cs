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
        ["ServiceBus__ConnectionString"] = "the Service Bus emulator or the tests' AMQP peer; the Azure namespace has local auth disabled and the managed identity is used",
        ["Telemetry__LocalDirectory"] = "the local exporter's folder for ./hub trace; in Azure telemetry goes to Application Insights (APPLICATIONINSIGHTS_CONNECTION_STRING)",
    };

    /// <summary>Read by the app but rightly left unset in Azure, where the default is the right value.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotSetInAzure = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Telemetry__QueuePollInterval"] = "the default (one minute) suits the alerts; the tests read it faster",
    };

    /// <summary>Read by the app but deliberately absent from local.settings.sample.json.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotInSample = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
