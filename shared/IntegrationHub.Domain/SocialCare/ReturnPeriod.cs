using System.Globalization;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// A social care return period: <c>YYYYQn</c>, a quarter of the financial year that starts in April of YYYY
/// (Q4 is January–March of YYYY+1), or <c>YYYY</c>, the whole financial year (CONTRACT §2.2).
/// </summary>
public readonly record struct ReturnPeriod(string Label, DateOnly Start, DateOnly End)
{
    private const int EarliestYear = 1990;
    private const int LatestYear = 2100;

    public static bool TryParse(string? text, out ReturnPeriod period)
    {
        period = default;
        if (text is null || text.Length is not (4 or 6) || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < EarliestYear or > LatestYear)
        {
            return false;
        }

        var financialYearStart = new DateOnly(year, 4, 1);
        if (text.Length == 4)
        {
            period = new ReturnPeriod(text, financialYearStart, financialYearStart.AddYears(1).AddDays(-1));
            return true;
        }

        if (text[4] is not ('Q' or 'q') || text[5] is < '1' or > '4')
        {
            return false;
        }

        var quarter = text[5] - '0';
        var start = financialYearStart.AddMonths(3 * (quarter - 1));
        period = new ReturnPeriod($"{year}Q{quarter}", start, start.AddMonths(3).AddDays(-1));
        return true;
    }

    public override string ToString() => Label;
}
