using System.Globalization;

namespace IntegrationHub.Cli.Bench;

/// <summary>Percentiles of a set of latencies (nearest-rank), in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P90, double P99, double Mean, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, Rank(0.50), Rank(0.90), Rank(0.99), sorted.Average(), sorted[^1]);
    }

    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count,4}  p50={P50,7:F2} ms  p90={P90,7:F2} ms  p99={P99,7:F2} ms  mean={Mean,7:F2} ms  max={Max,7:F2} ms");
}
