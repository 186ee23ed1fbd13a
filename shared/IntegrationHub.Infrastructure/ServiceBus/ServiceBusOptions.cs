namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>
/// Section <c>ServiceBus</c>: live IA activity events (CONTRACT §5). In Azure the namespace with the app's managed
/// identity; locally a connection string (e.g. the emulator form with <c>UseDevelopmentEmulator=true</c>). Neither
/// set: publication is off and everything else works as without it.
/// </summary>
public sealed class ServiceBusOptions
{
    public const string Section = "ServiceBus";

    /// <summary>e.g. <c>ihub-sb.servicebus.windows.net</c>; used with the managed identity.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>Local development only (the emulator or a test peer); takes precedence over the namespace.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    public string Topic { get; set; } = "ia-activity";

    /// <summary>The longest a person's events wait before trying again while Service Bus is down.</summary>
    public TimeSpan OutageRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(FullyQualifiedNamespace);
}
