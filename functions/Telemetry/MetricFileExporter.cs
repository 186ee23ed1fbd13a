using System.Globalization;
using System.Text.Json;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace IntegrationHub.Functions.Telemetry;

/// <summary>
/// The local metric exporter: each metric point of each export as one JSON line (name, unit, attributes, and the sum,
/// gauge value or histogram count and sum, cumulative since the worker started).
/// </summary>
public sealed class MetricFileExporter(NdjsonFile file) : BaseExporter<Metric>
{
    public override ExportResult Export(in Batch<Metric> batch)
    {
        var lines = new List<string>();
        foreach (var metric in batch)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                lines.Add(Line(metric, point));
            }
        }

        file.Append(lines);
        return ExportResult.Success;
    }

    private static string Line(Metric metric, in MetricPoint point)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            attributes[tag.Key] = Convert.ToString(tag.Value, CultureInfo.InvariantCulture);
        }

        var line = new Dictionary<string, object?>
        {
            ["time"] = point.EndTime.ToString("O", CultureInfo.InvariantCulture),
            ["name"] = metric.Name,
            ["unit"] = metric.Unit,
            ["attributes"] = attributes,
        };
        switch (metric.MetricType)
        {
            case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                line["value"] = point.GetSumLong();
                break;
            case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                line["value"] = point.GetSumDouble();
                break;
            case MetricType.LongGauge:
                line["value"] = point.GetGaugeLastValueLong();
                break;
            case MetricType.DoubleGauge:
                line["value"] = point.GetGaugeLastValueDouble();
                break;
            case MetricType.Histogram:
                line["count"] = point.GetHistogramCount();
                line["sum"] = point.GetHistogramSum();
                break;
        }

        return JsonSerializer.Serialize(line);
    }
}
