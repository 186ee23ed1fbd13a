using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenTelemetry;

namespace IntegrationHub.Functions.Telemetry;

/// <summary>
/// The local span exporter: each finished span as one JSON line (trace and span ids, parent, name, source, start,
/// duration, status, attributes, links). What Application Insights or an OTLP collector gets in Azure, readable with
/// <c>./hub trace</c> on a developer's machine.
/// </summary>
public sealed class SpanFileExporter(NdjsonFile file) : BaseExporter<Activity>
{
    public override ExportResult Export(in Batch<Activity> batch)
    {
        var lines = new List<string>();
        foreach (var span in batch)
        {
            lines.Add(Line(span));
        }

        file.Append(lines);
        return ExportResult.Success;
    }

    public static string Line(Activity span) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["traceId"] = span.TraceId.ToHexString(),
        ["spanId"] = span.SpanId.ToHexString(),
        ["parentSpanId"] = span.ParentSpanId == default ? null : span.ParentSpanId.ToHexString(),
        ["name"] = span.DisplayName,
        ["source"] = span.Source.Name,
        ["kind"] = span.Kind.ToString(),
        ["start"] = span.StartTimeUtc.ToString("O", CultureInfo.InvariantCulture),
        ["durationMs"] = Math.Round(span.Duration.TotalMilliseconds, 3),
        ["status"] = span.Status.ToString(),
        ["attributes"] = span.TagObjects.ToDictionary(t => t.Key, t => t.Value?.ToString()),
        ["links"] = span.Links.Select(l => $"{l.Context.TraceId.ToHexString()}-{l.Context.SpanId.ToHexString()}").ToList(),
    });
}
