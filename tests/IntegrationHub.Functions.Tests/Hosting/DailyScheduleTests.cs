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
    [InlineData("0 */5 * * * *")]
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
