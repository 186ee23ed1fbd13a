using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// The blocking keys of a record (several, so one mistyped field cannot hide a match): birth date (and the same
/// with day and month swapped), folded surname + birth year, postcode + sex, given name (alias group) + surname
/// Soundex (and crossed, for names entered the wrong way round), postcode + surname Soundex, birth date + postcode.
/// Hashed: a collision only adds candidates.
/// </summary>
public static class BlockingKeys
{
    public const int Count = 8;

    public static void Fill(PreparedRecord r, Span<ulong> keys)
    {
        keys.Clear();
        var year = r.BirthDate?[..4];
        if (r.BirthDate is { } dob)
        {
            keys[0] = Hash(0, dob, string.Empty);
            if (Swapped(dob) is { } swapped && swapped != dob)
            {
                keys[1] = Hash(0, swapped, string.Empty);
            }
        }

        if (r.Surname is { } s && year is not null)
        {
            keys[2] = Hash(2, s, year);
        }

        if (r.Postcode is { } postcode)
        {
            keys[3] = Hash(3, postcode, r.Sex != '\0' ? r.Sex.ToString() : r.Given?[..1] ?? string.Empty);
        }

        if (r.GivenAlias is { } given && r.SurnameSoundex is { } soundex)
        {
            keys[4] = Hash(4, given, soundex);
        }

        if (r.Postcode is { } at && r.SurnameSoundex is { } sound)
        {
            keys[5] = Hash(5, at, sound);
        }

        if (r.BirthDate is { } born && r.Postcode is { } where)
        {
            keys[6] = Hash(6, born, where);
        }

        // Forename and surname entered the wrong way round: the same key space as slot 4, crossed.
        if (r.Surname is { } family && r.GivenSoundex is { } givenSound)
        {
            keys[7] = Hash(4, NameAliases.Default.Canonical(family), givenSound);
        }
    }

    private static string? Swapped(string dob)
    {
        var month = int.Parse(dob.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        return month <= 12 ? string.Concat(dob.AsSpan(0, 4), dob.AsSpan(6, 2), dob.AsSpan(4, 2)) : null;
    }

    private static ulong Hash(int kind, string a, string b)
    {
        // Key kind in the top bits; never 0, which means "no key".
        var h = (uint)HashCode.Combine(a, b);
        return ((ulong)(kind + 1) << 40) | h;
    }
}
