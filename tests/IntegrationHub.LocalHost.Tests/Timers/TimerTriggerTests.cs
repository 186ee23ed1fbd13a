using System.Text.Json;
using IntegrationHub.LocalHost.Tests.Hosting;

namespace IntegrationHub.LocalHost.Tests.Timers;

/// <summary>Timer triggers fire on their NCRONTAB schedule with a TimerInfo the worker can read, and runOnStartup is honoured.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class TimerTriggerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly LocalHostFixture fixture;

    public TimerTriggerTests(LocalHostFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task A_two_second_schedule_fires_repeatedly_with_its_schedule_status()
    {
        var ticks = await fixture.Ticks.WaitForAsync(records => records.Count >= 2, Patience, "two ticks");

        foreach (var tick in ticks)
        {
            using var timer = JsonDocument.Parse(tick);
            Assert.False(timer.RootElement.GetProperty("IsPastDue").GetBoolean());
            var status = timer.RootElement.GetProperty("ScheduleStatus");
            var next = status.GetProperty("Next").GetDateTime();
            Assert.True(next > status.GetProperty("Last").GetDateTime());
            // */2 seconds: every occurrence lands on an even second.
            Assert.Equal(0, next.Second % 2);
        }
    }

    [Fact]
    public async Task A_yearly_schedule_with_run_on_startup_has_run_once_already()
    {
        var startups = await fixture.Startups.WaitForAsync(records => records.Count >= 1, Patience, "the startup run");

        // Distinct by invocation: a crashed Azurite (the restart test) can hand a record back twice.
        var runs = startups.Distinct().Select(record => record.Split('|')).ToList();
        Assert.Equal("on-time", Assert.Single(runs)[0]);
    }
}
