using System.Text.Json;

namespace IntegrationHub.Cli.Trace;

/// <summary>A span as the worker's local exporter writes it (functions/Telemetry/SpanFileExporter), one JSON line each.</summary>
public sealed record TraceSpan(string TraceId, string SpanId, string? ParentSpanId, string Name, string Source, DateTimeOffset Start, double DurationMs, string Status, IReadOnlyDictionary<string, string?> Attributes)
{
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public static TraceSpan Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return new TraceSpan(
            json.GetProperty("traceId").GetString()!,
            json.GetProperty("spanId").GetString()!,
            json.GetProperty("parentSpanId").GetString(),
            json.GetProperty("name").GetString()!,
            json.GetProperty("source").GetString()!,
            json.GetProperty("start").GetDateTimeOffset(),
            json.GetProperty("durationMs").GetDouble(),
            json.GetProperty("status").GetString()!,
            json.GetProperty("attributes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal));
    }
}
