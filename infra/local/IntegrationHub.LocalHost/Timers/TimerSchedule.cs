using System.Globalization;
using NCrontab;

namespace IntegrationHub.LocalHost.Timers;

/// <summary>
/// A timer trigger's schedule, read as the real host reads it: an NCRONTAB expression with seconds (6 fields;
/// 5 are taken too) or a constant interval ("00:05:00"); occurrences in UTC.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule? cron;
    private readonly TimeSpan? interval;

    private TimerSchedule(string expression, CrontabSchedule? cron, TimeSpan? interval)
    {
        Expression = expression;
        this.cron = cron;
        this.interval = interval;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is 5 or 6)
        {
            var cron = CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = fields.Length == 6 });
            return new TimerSchedule(expression, cron, null);
        }

        if (TimeSpan.TryParse(expression, CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(expression, null, interval);
        }

        throw new FormatException($"timer schedule \"{expression}\" is neither an NCRONTAB expression nor a positive TimeSpan");
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        if (interval is { } every)
        {
            return after + every;
        }

        var next = cron!.GetNextOccurrence(after.UtcDateTime);
        return new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }
}
