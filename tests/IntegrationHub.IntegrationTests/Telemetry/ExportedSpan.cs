using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>One line of the worker's local span file (functions/Telemetry/SpanFileExporter).</summary>
public sealed record ExportedSpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Source,
    DateTimeOffset Start,
    double DurationMs,
    string Status,
    IReadOnlyDictionary<string, string?> Attributes)
{
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public static ExportedSpan Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return new ExportedSpan(
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
