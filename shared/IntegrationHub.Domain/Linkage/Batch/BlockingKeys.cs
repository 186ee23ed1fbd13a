using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// The blocking keys of a record (several, so one mistyped field cannot hide a match): birth date (and the same
/// with day and month swapped), folded surname + birth year, postcode + sex, given name (alias group) + surname
/// Soundex (and crossed, for names entered the wrong way round), postcode + surname Soundex, birth date + postcode.
/// One definition for both paths: the batch linker hashes them (<see cref="Fill"/>, a collision only adds
/// candidates), the online matcher files them as readable strings (<see cref="Describe"/>).
/// </summary>
public static class BlockingKeys
{
    public const int Count = 8;

    /// <summary>The slot of birth date + postcode, a key inside the birth-date block.</summary>
    public const int BirthDateAndPostcode = 6;

    /// <summary>Key families by slot; a swapped birth date shares the birth-date family, crossed names the name family.</summary>
    private static readonly int[] Family = [0, 0, 2, 3, 4, 5, 6, 4];

    private static readonly string[] Prefix = ["dob", "dob", "sy", "pc", "gs", "ps", "dp", "gs"];

    public static void Fill(PreparedRecord r, Span<ulong> keys)
    {
        keys.Clear();
        for (var slot = 0; slot < Count; slot++)
        {
            if (TryGet(r, slot, out var a, out var b))
            {
                // Key family in the top bits; never 0, which means "no key".
                keys[slot] = ((ulong)(Family[slot] + 1) << 40) | (uint)HashCode.Combine(a, b);
            }
        }
    }

    /// <summary>The key of <paramref name="slot"/> as a stable string (<c>dob|19480312</c>, <c>sy|MCDONALD|1948</c>), or null.</summary>
    public static string? Describe(PreparedRecord r, int slot) =>
        TryGet(r, slot, out var a, out var b) ? (b.Length == 0 ? $"{Prefix[slot]}|{a}" : $"{Prefix[slot]}|{a}|{b}") : null;

    private static bool TryGet(PreparedRecord r, int slot, out string a, out string b)
    {
        (a, b) = slot switch
        {
            0 => (r.BirthDate, string.Empty),
            1 => (r.BirthDate is { } dob && Swapped(dob) is { } swapped && swapped != dob ? swapped : null, string.Empty),
            2 => (r.Surname, r.BirthDate?[..4]),
            3 => (r.Postcode, r.Sex != '\0' ? r.Sex.ToString() : r.Given?[..1] ?? string.Empty),
            4 => (r.GivenAlias, r.SurnameSoundex),
            5 => (r.Postcode, r.SurnameSoundex),
            6 => (r.BirthDate, r.Postcode),

            // Forename and surname entered the wrong way round: the name family, crossed.
            7 => (r.Surname is { } family ? NameAliases.Default.Canonical(family) : null, r.GivenSoundex),
            _ => throw new ArgumentOutOfRangeException(nameof(slot)),
        } is (string x, string y) ? (x, y) : (null!, null!);
        return a is not null;
    }

    private static string? Swapped(string dob)
    {
        var month = int.Parse(dob.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        return month <= 12 ? string.Concat(dob.AsSpan(0, 4), dob.AsSpan(6, 2), dob.AsSpan(4, 2)) : null;
    }
}
