namespace IntegrationHub.LocalHost.Configuration;

/// <summary>The parts of host.json this host honours.</summary>
public sealed record HostJsonSettings
{
    public string RoutePrefix { get; init; } = "api";

    public QueuesSettings Queues { get; init; } = new();
}
