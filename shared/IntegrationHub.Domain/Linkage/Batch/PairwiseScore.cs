namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>Precision, recall and F1 over record pairs: a pair is linked when both records are in one cluster.</summary>
public sealed record PairwiseScore(long TruePairs, long PredictedPairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <param name="predicted">The cluster of each record.</param>
    /// <param name="truth">The true entity of each record, same order.</param>
    public static PairwiseScore Of<TPredicted, TTruth>(IReadOnlyList<TPredicted> predicted, IReadOnlyList<TTruth> truth)
        where TPredicted : notnull
        where TTruth : notnull
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var both = new Dictionary<(TPredicted, TTruth), long>();
        var byPredicted = new Dictionary<TPredicted, long>();
        var byTruth = new Dictionary<TTruth, long>();
        for (var i = 0; i < predicted.Count; i++)
        {
            both[(predicted[i], truth[i])] = both.GetValueOrDefault((predicted[i], truth[i])) + 1;
            byPredicted[predicted[i]] = byPredicted.GetValueOrDefault(predicted[i]) + 1;
            byTruth[truth[i]] = byTruth.GetValueOrDefault(truth[i]) + 1;
        }

        return new PairwiseScore(byTruth.Values.Sum(Pairs), byPredicted.Values.Sum(Pairs), both.Values.Sum(Pairs));
    }
}
