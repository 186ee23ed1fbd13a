using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>One line of the worker's local metric file (functions/Telemetry/MetricFileExporter): a cumulative point.</summary>
public sealed record ExportedMetric(string Name, IReadOnlyDictionary<string, string?> Attributes, double? Value, long? Count, double? Sum)
{
    public string Key => Name + "|" + string.Join(",", Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public static ExportedMetric Parse(string line)
    {
        var json = JsonDocument.Parse(line).RootElement;
        return new ExportedMetric(
            json.GetProperty("name").GetString()!,
            json.GetProperty("attributes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal),
            json.TryGetProperty("value", out var value) ? value.GetDouble() : null,
            json.TryGetProperty("count", out var count) ? count.GetInt64() : null,
            json.TryGetProperty("sum", out var sum) ? sum.GetDouble() : null);
    }
}
