using System.Globalization;

namespace IntegrationHub.Domain.Audit;

/// <summary>The audit trail's day partitions: a record's day, and the days a query may span.</summary>
public static class AuditDays
{
    /// <summary>A month and a bit: the longest range one request reads, one partition per day.</summary>
    public const int MaxRangeDays = 31;

    public const string Format = "yyyy-MM-dd";

    public static string Of(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string Of(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Each day from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
