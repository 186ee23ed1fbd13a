using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Linkage.Comparison;

/// <summary>The graded comparison of two prepared records, field by field (levels of <see cref="LinkField"/>).</summary>
public sealed class RecordComparer(NameAliases aliases)
{
    private const double Close = 0.92;
    private const double Similar = 0.80;
    private const byte Disagree = 5;

    public void Compare(PreparedRecord a, PreparedRecord b, Span<byte> levels)
    {
        levels[LinkField.Given] = Name(a.Given, b.Given, a.GivenSoundex, b.GivenSoundex, allowAlias: true);
        levels[LinkField.Surname] = Name(a.Surname, b.Surname, a.SurnameSoundex, b.SurnameSoundex, allowAlias: false);
        if (levels[LinkField.Given] == Disagree && levels[LinkField.Surname] == Disagree)
        {
            // Forename and surname swapped between the records: compare them crossed, an agreement counted no better
            // than close. One crossed agreement is enough when the other crossed pair plainly differs (that name was
            // changed as well: the rules for a replaced name then apply); a merely similar one is more often two
            // people's names that share a stem (ROBERT CRAIG and CRAIG ROBERTSON).
            var given = Name(a.Given, b.Surname, a.GivenSoundex, b.SurnameSoundex, allowAlias: false);
            var surname = Name(a.Surname, b.Given, a.SurnameSoundex, b.GivenSoundex, allowAlias: false);
            if ((given is > 0 and <= 3 && surname is 5 or <= 3) || (surname is > 0 and <= 3 && given is 5 or <= 3))
            {
                levels[LinkField.Given] = given is > 0 and <= 3 ? Math.Max(given, (byte)3) : given;
                levels[LinkField.Surname] = surname is > 0 and <= 3 ? Math.Max(surname, (byte)3) : surname;
            }
        }
        levels[LinkField.BirthDate] = Date(a.BirthDate, b.BirthDate);
        levels[LinkField.Postcode] = Postcode(a, b);
        levels[LinkField.Sex] = a.Sex == '\0' || b.Sex == '\0' ? (byte)0 : a.Sex == b.Sex ? (byte)1 : (byte)2;
    }

    public byte Name(string? a, string? b, string? soundexA, string? soundexB, bool allowAlias)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        if (allowAlias && aliases.AreAliases(a, b))
        {
            return 2;
        }

        var similarity = JaroWinkler.Similarity(a, b);
        if (similarity >= Close || (Math.Max(a.Length, b.Length) >= 3 && EditDistance.WithinOne(a, b)))
        {
            // One slip (a letter wrong, dropped, added, or two swapped) is the commonest corruption of a name, and
            // Jaro–Winkler scores it low in short names and near the start: STAR/STRAR 0.88, LEO/ELO 0.56.
            return 3;
        }

        return similarity >= Similar || soundexA == soundexB ? (byte)4 : (byte)5;
    }

    /// <summary>
    /// Birth dates graded so that evidence degrades with distance rather than stopping at a veto: exact, day–month
    /// swap, one keystroke, birth years at most one apart, at most five apart, further (<see cref="DateDisagree"/>).
    /// A rewritten date of one person usually stays near; two people of one name are as likely decades apart.
    /// </summary>
    public static byte Date(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        if (a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) && a.AsSpan(4, 2).SequenceEqual(b.AsSpan(6, 2)) && a.AsSpan(6, 2).SequenceEqual(b.AsSpan(4, 2)))
        {
            return 2;
        }

        if (OneKeystroke(a, b))
        {
            return 3;
        }

        var years = Math.Abs(Year(a) - Year(b));
        return years <= 1 ? (byte)4 : years <= 5 ? (byte)5 : DateDisagree;
    }

    public const byte DateDisagree = 6;

    private static int Year(string date) => int.Parse(date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    public static byte Postcode(PreparedRecord a, PreparedRecord b)
    {
        if (a.Postcode is null || b.Postcode is null)
        {
            return 0;
        }

        if (a.Postcode == b.Postcode)
        {
            return 1;
        }

        if (a.Sector is not null && b.Sector is not null)
        {
            return a.Sector == b.Sector ? (byte)2 : a.District == b.District ? (byte)3 : a.Area == b.Area ? (byte)4 : (byte)5;
        }

        // Not UK postcodes (e.g. a benchmark's 4-digit codes): one mistyped digit is as close as a sector.
        return OneKeystroke(a.Postcode, b.Postcode) ? (byte)2 : (byte)5;
    }

    /// <summary>Same length and one character different, or two neighbours swapped: a single typing slip.</summary>
    public static bool OneKeystroke(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (++differences > 2)
                {
                    return false;
                }

                first = first < 0 ? i : first;
            }
        }

        return differences == 1
            || (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
    }
}
