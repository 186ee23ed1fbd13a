using System.Text.Json;

namespace IntegrationHub.LocalHost.Timers;

/// <summary>The TimerInfo JSON the real host sends a timer function (the worker's TimerInfo reads these names).</summary>
public static class TimerInfoPayload
{
    public static string Create(DateTimeOffset? last, DateTimeOffset next, DateTimeOffset lastUpdated, bool isPastDue) =>
        JsonSerializer.Serialize(new
        {
            Schedule = new { AdjustForDST = false },
            ScheduleStatus = new
            {
                Last = (last ?? DateTimeOffset.MinValue).UtcDateTime,
                Next = next.UtcDateTime,
                LastUpdated = lastUpdated.UtcDateTime,
            },
            IsPastDue = isPastDue,
        });
}
