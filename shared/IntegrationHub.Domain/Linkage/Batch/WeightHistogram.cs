namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>How many candidate pairs scored each whole match weight (bins of one bit, the ends open).</summary>
public sealed record WeightHistogram(int Min, long[] Counts)
{
    public const int Low = -30;
    public const int High = 50;

    public static int Bin(double weight) => Math.Clamp((int)Math.Floor(weight), Low, High) - Low;

    public static long[] Empty() => new long[High - Low + 1];
}
