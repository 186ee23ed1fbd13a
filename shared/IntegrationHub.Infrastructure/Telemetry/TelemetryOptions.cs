namespace IntegrationHub.Infrastructure.Telemetry;

/// <summary>
/// Section <c>Telemetry</c>. Where telemetry goes is otherwise the standard settings: Application Insights when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is; with none of
/// them nothing leaves the process.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// Local development: a folder the worker appends its spans (<c>spans.ndjson</c>) and metrics (<c>metrics.ndjson</c>)
    /// to, one JSON object a line, for <c>./hub trace</c> and the tests. <c>./hub up</c> sets <c>.hub/telemetry</c>.
    /// </summary>
    public string? LocalDirectory { get; set; }

    /// <summary>How often the queue backlog metrics (<see cref="QueueBacklogMonitor"/>) are read.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
