using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// The blocking keys a record is filed under in the <c>blocks</c> container, and looked up by (DESIGN §5). The
/// same families as the batch linker's (birth date and its day–month swap, folded surname + birth year, postcode +
/// sex, forename alias + surname Soundex and crossed, postcode + surname Soundex) but as readable, stable strings:
/// the batch keys are process-local hashes. One typo can only hide a person from the keys that use that field.
/// </summary>
public static class OnlineBlockKeys
{
    public static IReadOnlyList<string> For(PreparedRecord r)
    {
        var keys = new List<string>(7);
        var year = r.BirthDate?[..4];
        if (r.BirthDate is { } dob)
        {
            keys.Add("dob|" + dob);
            if (Swapped(dob) is { } swapped && swapped != dob)
            {
                keys.Add("dob|" + swapped);
            }
        }

        if (r.Surname is { } surname && year is not null)
        {
            keys.Add($"sy|{surname}|{year}");
        }

        if (r.Postcode is { } postcode && r.Sex != '\0')
        {
            keys.Add($"pc|{postcode}|{r.Sex}");
        }

        if (r.GivenAlias is { } given && r.SurnameSoundex is { } soundex)
        {
            keys.Add($"gs|{given}|{soundex}");
        }

        if (r.Surname is { } family && r.GivenSoundex is { } givenSound)
        {
            // Forename and surname entered the wrong way round land in the same key space, crossed.
            keys.Add($"gs|{NameAliases.Default.Canonical(family)}|{givenSound}");
        }

        if (r.Postcode is { } at && r.SurnameSoundex is { } sound)
        {
            keys.Add($"ps|{at}|{sound}");
        }

        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Swapped(string dob)
    {
        var month = int.Parse(dob.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        return month <= 12 ? string.Concat(dob.AsSpan(0, 4), dob.AsSpan(6, 2), dob.AsSpan(4, 2)) : null;
    }
}
