namespace IntegrationHub.Domain.Telemetry;

/// <summary>The names of the hub's own spans, in the order a submission meets them.</summary>
public static class HubSpans
{
    public const string Accept = "hub.accept";
    public const string Process = "hub.process";
    public const string Project = "hub.project";
    public const string Publish = "hub.publish";
}
