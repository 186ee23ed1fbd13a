using System.Globalization;
using System.Text.Json;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace IntegrationHub.Functions.Telemetry;

/// <summary>
/// The local log exporter: each log record as one JSON line (time, level, category, message, trace and span ids, the
/// template's values and every scope's values), as Application Insights stores them in Azure.
/// </summary>
public sealed class LogFileExporter(NdjsonFile file) : BaseExporter<LogRecord>
{
    public override ExportResult Export(in Batch<LogRecord> batch)
    {
        var lines = new List<string>();
        foreach (var record in batch)
        {
            lines.Add(Line(record));
        }

        file.Append(lines);
        return ExportResult.Success;
    }

    private static string Line(LogRecord record)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var attribute in record.Attributes ?? [])
        {
            attributes[attribute.Key] = Convert.ToString(attribute.Value, CultureInfo.InvariantCulture);
        }

        var scopes = new Dictionary<string, string?>(StringComparer.Ordinal);
        record.ForEachScope(
            static (scope, values) =>
            {
                foreach (var item in scope)
                {
                    values[item.Key] = Convert.ToString(item.Value, CultureInfo.InvariantCulture);
                }
            },
            scopes);

        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["time"] = record.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["level"] = record.LogLevel.ToString(),
            ["category"] = record.CategoryName,
            ["message"] = record.FormattedMessage ?? record.Body,
            ["template"] = record.Body,
            ["traceId"] = record.TraceId == default ? null : record.TraceId.ToHexString(),
            ["spanId"] = record.SpanId == default ? null : record.SpanId.ToHexString(),
            ["attributes"] = attributes,
            ["scopes"] = scopes,
        });
    }
}
