using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Scoring;

/// <summary>A comparison pattern (one level per field) packed into one number, for counting patterns cheaply.</summary>
public readonly record struct PatternKey(int Packed)
{
    public int this[int field] => (Packed >> (field * 3)) & 7;

    public static PatternKey From(ReadOnlySpan<byte> levels)
    {
        var packed = 0;
        for (var field = 0; field < LinkField.Count; field++)
        {
            packed |= levels[field] << (field * 3);
        }

        return new PatternKey(packed);
    }
}
