using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Scoring;

/// <summary>
/// Expectation–maximisation for the m and u probabilities (Winkler 1988) over the comparison patterns of the
/// blocked candidate pairs, assuming fields independent given match status. Missing values carry no evidence and
/// are left out of their field's estimates.
/// </summary>
public static class EmEstimator
{
    private const double Floor = 1e-6;

    /// <summary>
    /// The start model's m counts as this many matched pairs: a level the input rarely shows among its matches (a
    /// nickname, a day–month swap) keeps a plausible weight instead of an estimate of nothing, which would be a veto.
    /// </summary>
    private const double PriorMatches = 100;

    /// <param name="patterns">Comparison patterns (one level per field) and how many pairs had each.</param>
    public static LinkageModel Estimate(IReadOnlyDictionary<PatternKey, long> patterns, LinkageModel start, string version, int iterations = 40)
    {
        var m = Table(start, p => p.M);
        var startM = Table(start, p => p.M);
        var u = Table(start, p => p.U);
        var prior = start.Prior;
        var list = patterns.ToList();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var mSum = Zero();
            var uSum = Zero();
            double matched = 0, total = 0;
            foreach (var (pattern, count) in list)
            {
                double pm = prior, pu = 1 - prior;
                for (var field = 0; field < LinkField.Count; field++)
                {
                    var level = pattern[field];
                    if (level > 0)
                    {
                        pm *= m[field][level];
                        pu *= u[field][level];
                    }
                }

                var g = pm / (pm + pu);
                matched += g * count;
                total += count;
                for (var field = 0; field < LinkField.Count; field++)
                {
                    var level = pattern[field];
                    if (level > 0)
                    {
                        mSum[field][level] += g * count;
                        uSum[field][level] += (1 - g) * count;
                    }
                }
            }

            prior = Math.Clamp(matched / total, Floor, 1 - Floor);
            for (var field = 0; field < LinkField.Count; field++)
            {
                for (var level = 1; level < mSum[field].Length; level++)
                {
                    mSum[field][level] += PriorMatches * startM[field][level];
                }
            }

            m = Normalise(mSum);
            u = Normalise(uSum);
        }

        var fields = new Dictionary<string, IReadOnlyDictionary<string, LevelProbabilities>>();
        for (var field = 0; field < LinkField.Count; field++)
        {
            var levels = new Dictionary<string, LevelProbabilities>();
            for (var level = 1; level < LinkField.Levels[field].Length; level++)
            {
                levels[LinkField.Levels[field][level]] = new LevelProbabilities(Math.Round(m[field][level], 6), Math.Round(u[field][level], 6));
            }

            fields[LinkField.Names[field]] = levels;
        }

        var model = new LinkageModel
        {
            Version = version,
            Prior = Math.Round(prior, 6),
            LinkProbability = start.LinkProbability,
            ReviewProbability = start.ReviewProbability,
            SurnameFrequency = start.SurnameFrequency,
            GivenFrequency = start.GivenFrequency,
            Fields = fields,
        };
        model.Compile();
        return model;
    }

    private static double[][] Table(LinkageModel model, Func<LevelProbabilities, double> pick)
    {
        var table = Zero();
        for (var field = 0; field < LinkField.Count; field++)
        {
            for (var level = 1; level < table[field].Length; level++)
            {
                table[field][level] = model.Fields.TryGetValue(LinkField.Names[field], out var levels) && levels.TryGetValue(LinkField.Levels[field][level], out var p)
                    ? Math.Max(pick(p), Floor)
                    : Floor;
            }
        }

        return table;
    }

    private static double[][] Zero() => [.. LinkField.Levels.Select(l => new double[l.Length])];

    private static double[][] Normalise(double[][] sums)
    {
        foreach (var row in sums)
        {
            var total = row.Skip(1).Sum();
            for (var level = 1; level < row.Length; level++)
            {
                row[level] = Math.Max(total > 0 ? row[level] / total : 0, Floor);
            }
        }

        return sums;
    }
}
