namespace IntegrationHub.Domain.Linkage.Scoring;

/// <summary>
/// Term-frequency adjustments for an exact agreement on a name: log2(E[f] / f) where f is the value's share of the
/// records and E[f] the share expected of an agreeing pair, so that SMITH (or JOHN) says less than ZWECK (or
/// TORQUIL) while the average agreement keeps the model's weight. Bounded to [-3, +2] so that a rare name cannot
/// outweigh a disagreeing birth date or address on its own.
/// </summary>
public static class TermFrequencies
{
    public static Dictionary<string, double> Adjustments(IEnumerable<string?> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var value in values)
        {
            if (value is not null)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
                total++;
            }
        }

        var expected = counts.Values.Sum(c => (double)c * c) / ((double)total * total);
        return counts.ToDictionary(c => c.Key, c => Math.Clamp(Math.Log2(expected / ((double)c.Value / total)), -3, 2), StringComparer.Ordinal);
    }
}
