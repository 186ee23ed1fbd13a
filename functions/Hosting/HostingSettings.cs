namespace IntegrationHub.Functions.Hosting;

/// <summary>The hosting mode resolved once at start-up from <see cref="HostingOptions"/> and the environment.</summary>
public sealed record HostingSettings(bool RunTriggers, bool ServeInvocations);
