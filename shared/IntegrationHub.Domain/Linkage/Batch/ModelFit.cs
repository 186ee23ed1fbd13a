using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// Fits the model to the input without labels, as Splink does: u from pairs drawn at random (almost all two
/// people, so u is simply how often two people agree by chance); m by EM in two sessions over the candidate pairs,
/// each within pairs that agree on what the other session learns (pairs born the same day teach the names and
/// address, pairs of the same name teach the birth date), since EM over all candidates learns "same name" as its
/// match class where names are common; and the prior from the matches found among those born the same day, over
/// the share of matches born the same day, over all possible pairs. Weights
/// are then log2(m/u) against chance, not against the blocked candidates: blocking makes candidates agree on the
/// keys they were found by, so u among them would say a shared surname or postcode is no evidence at all.
/// </summary>
internal static class ModelFit
{
    /// <summary>How many random pairs estimate u: levels as rare as one in a million still get a count.</summary>
    public const int RandomPairs = 1_000_000;

    private const int Seed = 19;

    public static LinkageModel Fit(
        LinkageModel start,
        IReadOnlyDictionary<PatternKey, long> patterns,
        PreparedRecord[] records,
        IReadOnlyList<int>? registers,
        RecordComparer comparer)
    {
        var firstRegister = registers?.Count(r => r == 0) ?? 0;
        var allPairs = registers is null ? records.Length * (records.Length - 1.0) / 2 : firstRegister * (double)(records.Length - firstRegister);
        var sameDay = Masked(patterns, p => p[LinkField.BirthDate] == 1, LinkField.BirthDate);
        var sameName = Masked(patterns, p => p[LinkField.Given] == 1 && p[LinkField.Surname] == 1, LinkField.Given, LinkField.Surname);
        if (sameDay.Values.Sum() < BatchLinker.MinPairsToEstimate / 10 || sameName.Values.Sum() < BatchLinker.MinPairsToEstimate / 10)
        {
            return start;
        }

        var byDate = EmEstimator.Estimate(sameDay, start, "em");
        var byName = EmEstimator.Estimate(sameName, start, "em");
        var matches = byDate.Prior * sameDay.Values.Sum() / byName.Fields["birthDate"]["exact"].M;
        var chance = ChanceAgreement(records, registers, comparer, (int)Math.Min(RandomPairs, allPairs));
        var fields = new Dictionary<string, IReadOnlyDictionary<string, LevelProbabilities>>();
        for (var field = 0; field < LinkField.Count; field++)
        {
            var levels = new Dictionary<string, LevelProbabilities>();
            for (var level = 1; level < LinkField.Levels[field].Length; level++)
            {
                var session = field == LinkField.BirthDate ? byName : byDate;
                var m = session.Fields[LinkField.Names[field]][LinkField.Levels[field][level]].M;

                // A field no random pair had on both sides (no sex in the input) says nothing: u = m, weight 0.
                levels[LinkField.Levels[field][level]] = new LevelProbabilities(m, chance[field] is { } u ? u[level] : m);
            }

            fields[LinkField.Names[field]] = levels;
        }

        var model = new LinkageModel
        {
            Version = $"em-{records.Length}-records",
            Prior = Math.Clamp(matches / allPairs, 1e-12, 0.5),
            LinkProbability = start.LinkProbability,
            ReviewProbability = start.ReviewProbability,
            SurnameFrequency = start.SurnameFrequency,
            GivenFrequency = start.GivenFrequency,
            Fields = fields,
        };
        model.Compile();
        return model;
    }

    /// <summary>The patterns <paramref name="within"/>, with the fields that selected them cleared (no evidence inside the session).</summary>
    private static Dictionary<PatternKey, long> Masked(IReadOnlyDictionary<PatternKey, long> patterns, Func<PatternKey, bool> within, params int[] fields)
    {
        var mask = fields.Aggregate(0, (m, f) => m | (7 << (f * 3)));
        var masked = new Dictionary<PatternKey, long>();
        foreach (var (pattern, count) in patterns)
        {
            if (within(pattern))
            {
                var key = new PatternKey(pattern.Packed & ~mask);
                masked[key] = masked.GetValueOrDefault(key) + count;
            }
        }

        return masked;
    }

    /// <summary>Per field, the share of random pairs (with the field on both sides) at each level; null when none had it.</summary>
    private static double[]?[] ChanceAgreement(PreparedRecord[] records, IReadOnlyList<int>? registers, RecordComparer comparer, int samples)
    {
        var counts = LinkField.Levels.Select(l => new long[l.Length]).ToArray();
        var random = new Random(Seed);
        var levels = new byte[LinkField.Count];
        for (var drawn = 0; drawn < samples;)
        {
            var (a, b) = (random.Next(records.Length), random.Next(records.Length));
            if (a == b || (registers is not null && registers[a] == registers[b]))
            {
                continue;
            }

            drawn++;
            comparer.Compare(records[a], records[b], levels);
            for (var field = 0; field < LinkField.Count; field++)
            {
                counts[field][levels[field]]++;
            }
        }

        return [.. counts.Select(c =>
        {
            var seen = c.Skip(1).Sum();

            // A level no random pair reached is given half a pair: rare, not impossible.
            return seen == 0 ? null : c.Select(n => Math.Max(n, 0.5) / seen).ToArray();
        })];
    }
}
