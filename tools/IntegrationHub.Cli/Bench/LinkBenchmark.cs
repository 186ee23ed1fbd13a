using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Cli.Linkage;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>./hub bench link [--records 1000000]</c>: generated Scottish-style records (no CHI) through the batch linker,
/// timed, with precision and recall against the known truth, next to a baseline measured in the same run: exact
/// deterministic linkage on folded name and birth date, the simplest thing that could be done instead. Reports
/// precision, recall, the review items' share of the records, time and the process's peak memory; <c>--report</c>
/// adds the model fitted to the records.
/// </summary>
public static class LinkBenchmark
{
    public static int Run(CommandLine args, CancellationToken cancellationToken)
    {
        var count = args.GetInt("records", 1_000_000);
        var clock = Stopwatch.StartNew();
        var (records, truth) = new SyntheticPeople(seed: args.GetInt("seed", 1)).Generate(count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {records.Count} records of {truth.Distinct().Count()} people in {clock.Elapsed.TotalSeconds:F1} s"));

        clock.Restart();
        var exact = records.Select(r => $"{Domain.Linkage.Names.NameNormaliser.Fold(r.Demographics.Given)}|{Domain.Linkage.Names.NameNormaliser.Fold(r.Demographics.Family)}|{r.Demographics.BirthDate}").ToList();
        var baselineSeconds = clock.Elapsed.TotalSeconds;
        var baseline = PairwiseScore.Of(exact, truth);

        GC.Collect();
        clock.Restart();
        var result = new BatchLinker(LinkageModel.Default, NameAliases.Default).Link(records, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var score = PairwiseScore.Of(result.Clusters, truth);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Batch linker: {records.Count} records in {seconds:F1} s = {records.Count / seconds:F0} records/s; {result.CandidatePairs} candidate pairs, {result.Links} links, {result.ReviewPairs} pairs in the review band"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  review items {result.Reviews.Count} = {(double)result.Reviews.Count / records.Count:P2} of the records (at most {BatchLinker.ReviewShare:P0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precision {score.Precision:P2}, recall {score.Recall:P2}, F1 {score.F1:F4} ({score.TruePairs} true pairs)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline, exact folded name + birth date: {baselineSeconds:F1} s, precision {baseline.Precision:P2}, recall {baseline.Recall:P2} → the linker finds {score.Recall / baseline.Recall:F2}x the baseline's true pairs in {seconds / baselineSeconds:F1}x its time"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak working set of the whole process (generation included): {peak:F0} MiB"));
        if (args.Get("report") is not null)
        {
            LinkReport.Print(result, Console.Out);
        }

        if (args.Get("diagnose") is not null)
        {
            var comparer = new Domain.Linkage.Comparison.RecordComparer(NameAliases.Default);
            var prepared = records.Select(r => Domain.Linkage.Comparison.PreparedRecord.From(r.Demographics, NameAliases.Default)).ToArray();
            var histogram = new Dictionary<string, int>();
            var examples = new Dictionary<string, string>();
            var levels = new byte[5];
            foreach (var cluster in Enumerable.Range(0, records.Count).GroupBy(i => result.Clusters[i]).Where(g => g.Select(i => truth[i]).Distinct().Count() > 1))
            {
                var members = cluster.ToList();
                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        if (truth[members[x]] == truth[members[y]]) continue;
                        comparer.Compare(prepared[members[x]], prepared[members[y]], levels);
                        var key = string.Join(",", levels) + " w=" + LinkageModel.Default.Score(levels).ToString("F1", CultureInfo.InvariantCulture);
                        histogram[key] = histogram.GetValueOrDefault(key) + 1;
                        examples.TryAdd(key, records[members[x]].Demographics + " | " + records[members[y]].Demographics);
                    }
                }
            }

            foreach (var (key, n) in histogram.OrderByDescending(h => h.Value).Take(12))
            {
                Console.WriteLine($"FP {n} [{key}] {examples[key]}");
            }
        }

        return 0;
    }
}
