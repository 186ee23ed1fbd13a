namespace IntegrationHub.Domain.Common;

/// <summary>The calendar the hub publishes and counts in: days are Scottish days (Europe/London), whatever the server's zone.</summary>
public static class ScottishTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
