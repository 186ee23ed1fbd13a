using System.Globalization;
using System.Text;

namespace IntegrationHub.Domain.Linkage.Names;

/// <summary>
/// Names as the linker compares them (DESIGN §6): upper case, accents dropped, and for the exact and blocking
/// form also spaces, hyphens and apostrophes removed and the Scottish patronymic prefixes folded, so MacDonald,
/// McDonald, M'Donald and Mac Donald are one name, and O'Neill is ONEILL.
/// </summary>
public static class NameNormaliser
{
    /// <summary>Letters only, upper case, no accents; null when nothing is left.</summary>
    public static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (c is ' ' or '-' or '\'' or '’')
            {
                builder.Append(' ');
            }
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>The exact-comparison and blocking form: <see cref="Clean"/>, prefixes folded, separators removed.</summary>
    public static string? Fold(string? name)
    {
        var cleaned = Clean(name);
        if (cleaned is null)
        {
            return null;
        }

        // M' was turned into "M " by Clean; "MAC DONALD" and "MACDONALD" fold alike. MACK, MACE and the like are
        // names of their own, so only a Mac/Mc followed by a further capitalised part or a long stem is folded.
        var compact = cleaned.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (cleaned.StartsWith("M ", StringComparison.Ordinal) && compact.Length > 3)
        {
            return "MC" + compact[1..];
        }

        if (compact.StartsWith("MAC", StringComparison.Ordinal) && compact.Length >= 6)
        {
            return "MC" + compact[3..];
        }

        return compact;
    }
}
