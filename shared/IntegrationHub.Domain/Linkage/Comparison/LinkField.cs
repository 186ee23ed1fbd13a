namespace IntegrationHub.Domain.Linkage.Comparison;

/// <summary>The compared fields and their graded levels; level 0 is always "missing" (no evidence either way).</summary>
public static class LinkField
{
    public const int Given = 0;
    public const int Surname = 1;
    public const int BirthDate = 2;
    public const int Postcode = 3;
    public const int Sex = 4;
    public const int Count = 5;

    public static readonly string[] Names = ["given", "surname", "birthDate", "postcode", "sex"];

    public static readonly string[][] Levels =
    [
        ["missing", "exact", "alias", "close", "similar", "disagree"],
        ["missing", "exact", "alias", "close", "similar", "disagree"],
        ["missing", "exact", "day-month-swap", "one-digit", "year-within-one", "within-five-years", "disagree"],
        ["missing", "full", "sector", "district", "area", "disagree"],
        ["missing", "agree", "disagree"],
    ];

    public const string Agree = "agree";
    public const string Close = "close";
    public const string Differ = "differ";
    public const string Missing = "missing";

    /// <summary>
    /// A compared level as a reviewer reads it: the top level of each field agrees, its last level differs, level 0 is
    /// missing, and every graded level between (alias, Jaro–Winkler bands, a swapped day and month, a postcode sector) is close.
    /// </summary>
    public static string Verdict(int field, string level)
    {
        var levels = Levels[field];
        var index = Array.IndexOf(levels, level);
        if (index < 0)
        {
            throw new ArgumentException($"'{level}' is not a level of {Names[field]}.", nameof(level));
        }

        return index switch
        {
            0 => Missing,
            1 => Agree,
            _ when index == levels.Length - 1 => Differ,
            _ => Close,
        };
    }

    /// <summary>The verdict of each field of a comparison keyed by field name, as review items store it.</summary>
    public static IReadOnlyDictionary<string, string> Verdicts(IReadOnlyDictionary<string, string> comparison) =>
        comparison.Where(c => Array.IndexOf(Names, c.Key) >= 0)
            .ToDictionary(c => c.Key, c => Verdict(Array.IndexOf(Names, c.Key), c.Value), StringComparer.Ordinal);
}
