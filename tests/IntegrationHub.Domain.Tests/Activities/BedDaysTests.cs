using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Domain.Tests.Activities;

public sealed class BedDaysTests
{
    [Theory]
    [InlineData("2026-10-02", "2026-10-09", 7)]
    [InlineData("2026-10-02", "2026-10-02", 0)]
    [InlineData("2026-10-31", "2026-11-01", 1)]
    public void Stay_CountsTheDischargeDayNotTheAdmissionDay(string start, string end, int days) =>
        Assert.Equal(days, BedDays.Between(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void OpenStay_HasNoBedDaysYet() => Assert.Null(BedDays.Between(new DateOnly(2026, 10, 1), null));

    [Fact]
    public void StayAcrossMonths_GivesEachMonthItsOwnDays()
    {
        var start = new DateOnly(2026, 10, 30);
        var end = new DateOnly(2026, 11, 3);

        Assert.Equal(1, BedDays.InWindow(start, end, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        Assert.Equal(3, BedDays.InWindow(start, end, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
    }
}
