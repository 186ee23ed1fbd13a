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
}
