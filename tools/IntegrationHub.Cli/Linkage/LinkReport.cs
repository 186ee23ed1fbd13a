using System.Globalization;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Cli.Linkage;

/// <summary>
/// <c>./hub link --report</c>: what the model learnt from the input and where it drew the lines, so a data manager
/// can see why records were linked: m, u and weight per level, the prior, the thresholds, the weight histogram.
/// </summary>
public static class LinkReport
{
    public static void Print(BatchLinkResult result, TextWriter output)
    {
        var model = result.Model;
        output.WriteLine(Invariant($"model {model.Version}: prior (share of all pairs that are one person) {model.Prior:G4}"));
        for (var field = 0; field < LinkField.Count; field++)
        {
            output.WriteLine($"  {LinkField.Names[field]}");
            for (var level = 1; level < LinkField.Levels[field].Length; level++)
            {
                var p = model.Fields[LinkField.Names[field]][LinkField.Levels[field][level]];
                output.WriteLine(Invariant($"    {LinkField.Levels[field][level],-18} m {p.M,-10:G4} u {p.U,-10:G4} weight {model.Weight(field, level),7:F2}"));
            }
        }

        output.WriteLine(Invariant($"thresholds: link at match probability {model.LinkProbability:P0} (weight {model.LinkWeight:F2}), review from {model.ReviewProbability:P0} (weight {model.ReviewWeight:F2})"));
        output.WriteLine(Invariant($"review items: {result.Reviews.Count} ({(double)result.Reviews.Count / result.Clusters.Length:P2} of the records) from {result.ReviewPairs} pairs in the band"));
        output.WriteLine("match weight histogram of the candidate pairs (bits, pairs):");
        var counts = result.Histogram.Counts;
        var max = Math.Max(1, counts.Max());
        for (var bin = 0; bin < counts.Length; bin++)
        {
            if (counts[bin] > 0)
            {
                var low = result.Histogram.Min + bin;
                var mark = low <= model.LinkWeight && model.LinkWeight < low + 1 ? " <- link" : low <= model.ReviewWeight && model.ReviewWeight < low + 1 ? " <- review" : string.Empty;
                output.WriteLine(Invariant($"  {low,4} {counts[bin],10} {new string('#', (int)Math.Ceiling(40.0 * counts[bin] / max))}{mark}"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
