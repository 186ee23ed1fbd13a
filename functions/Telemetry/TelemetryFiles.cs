namespace IntegrationHub.Functions.Telemetry;

/// <summary>The local exporters' files in <see cref="TelemetryOptions.LocalDirectory"/>.</summary>
public static class TelemetryFiles
{
    public const string Spans = "spans.ndjson";
    public const string Metrics = "metrics.ndjson";
    public const string Logs = "logs.ndjson";
}
