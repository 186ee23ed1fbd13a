using System.Globalization;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// The NCRONTAB schedules standalone mode runs: once a day at a fixed second, minute and hour (UTC, as the
/// Functions host uses by default), <c>"s m h * * *"</c>. Anything else is refused at start-up rather than run
/// at a time nobody asked for.
/// </summary>
public readonly record struct DailySchedule(TimeSpan TimeOfDay)
{
    public static DailySchedule Parse(string schedule)
    {
        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6 || fields[3..].Any(f => f != "*")
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var second) || second > 59
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) || minute > 59
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            throw new FormatException($"schedule '{schedule}' is not a daily 's m h * * *' schedule, the only kind standalone mode runs");
        }

        return new DailySchedule(new TimeSpan(hour, minute, second));
    }

    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(utc.Date, TimeSpan.Zero) + TimeOfDay;
        return today > utc ? today : today.AddDays(1);
    }
}
