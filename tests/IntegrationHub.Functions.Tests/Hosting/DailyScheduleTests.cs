using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Tests.Hosting;

public sealed class DailyScheduleTests
{
    [Fact]
    public void DailySchedule_NextRunIsTodayIfStillAhead_ElseTomorrow()
    {
        var schedule = DailySchedule.Parse("0 30 2 * * *");

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(-1))));
    }

    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-25T10:02:13Z", "2026-11-25T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-25T10:05:00Z", "2026-11-25T10:10:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-25T23:57:00Z", "2026-11-26T00:00:00Z")]
    [InlineData("30 */15 * * * *", "2026-11-25T10:00:29Z", "2026-11-25T10:00:30Z")]
    [InlineData("30 */15 * * * *", "2026-11-25T10:00:30Z", "2026-11-25T10:15:30Z")]
    [InlineData("30 */15 * * * *", "2026-11-25T10:50:00Z", "2026-11-25T11:00:30Z")]
    [InlineData("0 */1 * * * *", "2026-11-25T10:00:00.5Z", "2026-11-25T10:01:00Z")]
    [InlineData("0 */30 * * * *", "2026-11-25T11:59:59+01:00", "2026-11-25T11:00:00Z")]
    public void EveryNMinutesSchedule_NextRunIsTheNextMultipleOfNPastTheHour(string schedule, string now, string expected)
    {
        var parsed = DailySchedule.Parse(schedule);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.NextAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0 */7 * * * *")]
    [InlineData("0 */0 * * * *")]
    [InlineData("0 */60 * * * *")]
    [InlineData("0 */5 2 * * *")]
    [InlineData("60 */5 * * * *")]
    [InlineData("*/5 * * * * *")]
    [InlineData("0 30 2 * * 1")]
    [InlineData("30 2 * * *")]
    [InlineData("0 60 2 * * *")]
    [InlineData("")]
    public void AnythingButADailySchedule_IsRefused(string schedule)
    {
        Assert.Throws<FormatException>(() => DailySchedule.Parse(schedule));
    }

    [Fact]
    public void TheShippedTimerFunctions_HaveSchedulesStandaloneModeRuns()
    {
        var catalog = FunctionCatalog.Load(AppContext.BaseDirectory);

        var timers = catalog.Functions.Where(f => f.IsTimer).ToList();

        Assert.Contains(timers, f => f.Name == "PublishFeedFiles");
        Assert.All(timers, f => DailySchedule.Parse(f.Trigger.Schedule!));
    }
}
