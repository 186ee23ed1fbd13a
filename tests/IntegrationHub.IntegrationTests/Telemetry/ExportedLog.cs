using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>One line of the worker's local log file (functions/Telemetry/LogFileExporter).</summary>
public sealed record ExportedLog(string Level, string Category, string? Template, string? TraceId, string? SpanId, IReadOnlyDictionary<string, string?> Attributes, IReadOnlyDictionary<string, string?> Scopes)
{
    public static ExportedLog Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return new ExportedLog(
            json.GetProperty("level").GetString()!,
            json.GetProperty("category").GetString()!,
            json.GetProperty("template").GetString(),
            json.GetProperty("traceId").GetString(),
            json.GetProperty("spanId").GetString(),
            Strings(json.GetProperty("attributes")),
            Strings(json.GetProperty("scopes")));
    }

    private static Dictionary<string, string?> Strings(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
}
