using System.Globalization;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// The NCRONTAB schedules standalone mode runs (UTC, as the Functions host uses by default): once a day at a
/// fixed second, minute and hour, <c>"s m h * * *"</c>; or every N minutes at a fixed second,
/// <c>"s */N * * * *"</c>, where N divides 60 so the runs are evenly spaced across the hour as the host's are.
/// Anything else is refused at start-up rather than run at a time nobody asked for.
/// </summary>
public readonly record struct DailySchedule(TimeSpan TimeOfDay, int EveryMinutes = 0)
{
    public static DailySchedule Parse(string schedule)
    {
        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 6 && fields[2..].All(f => f == "*")
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var everySecond) && everySecond <= 59
            && fields[1].StartsWith("*/", StringComparison.Ordinal)
            && int.TryParse(fields[1][2..], NumberStyles.None, CultureInfo.InvariantCulture, out var every) && every is > 0 and < 60 && 60 % every == 0)
        {
            return new DailySchedule(TimeSpan.FromSeconds(everySecond), every);
        }

        if (fields.Length != 6 || fields[3..].Any(f => f != "*")
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var second) || second > 59
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) || minute > 59
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) || hour > 23)
        {
            throw new FormatException($"schedule '{schedule}' is neither a daily 's m h * * *' nor an every-N-minutes 's */N * * * *' schedule (N dividing 60), the only kinds standalone mode runs");
        }

        return new DailySchedule(new TimeSpan(hour, minute, second));
    }

    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        if (EveryMinutes > 0)
        {
            // Occurrences are at minutes 0, N, 2N … of every hour; the first one after the current hour's start
            // that is later than now is at most N minutes away.
            var hourStart = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero) + TimeOfDay;
            var next = hourStart;
            while (next <= utc)
            {
                next = next.AddMinutes(EveryMinutes);
            }

            return next;
        }

        var today = new DateTimeOffset(utc.Date, TimeSpan.Zero) + TimeOfDay;
        return today > utc ? today : today.AddDays(1);
    }
}
