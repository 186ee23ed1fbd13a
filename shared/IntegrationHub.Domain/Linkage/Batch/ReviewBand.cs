namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// The review items of a linkage, sized for people: the uncertain pairs that ended up in two different people,
/// one item per pair of people (its strongest pair), ordered by the change a "same person" decision is expected
/// to make (record pairs joined × probability), and cut at a share of the records a review team can clear.
/// </summary>
internal static class ReviewBand
{
    public static List<(int A, int B, double Weight, double ExpectedChange)> Select(
        IEnumerable<(int A, int B, double Weight)> uncertain,
        UnionFind sets,
        int records,
        double share,
        Func<double, double> probability)
    {
        var size = new int[records];
        for (var i = 0; i < records; i++)
        {
            size[sets.Find(i)]++;
        }

        var strongest = new Dictionary<(int, int), (int A, int B, double Weight)>();
        foreach (var pair in uncertain)
        {
            var (ra, rb) = (sets.Find(pair.A), sets.Find(pair.B));
            if (ra == rb)
            {
                continue;
            }

            var key = ra < rb ? (ra, rb) : (rb, ra);
            if (!strongest.TryGetValue(key, out var current) || pair.Weight > current.Weight)
            {
                strongest[key] = pair;
            }
        }

        return strongest.Values
            .Select(p => (p.A, p.B, p.Weight, ExpectedChange: probability(p.Weight) * size[sets.Find(p.A)] * size[sets.Find(p.B)]))
            .OrderByDescending(p => p.ExpectedChange)
            .ThenBy(p => p.A)
            .ThenBy(p => p.B)
            .Take((int)(records * share))
            .ToList();
    }
}
