using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Tests.ReadModels;

public sealed class ActiveSpanTests
{
    [Fact]
    public void ClosedStay_IsStoredUnderEveryMonthItTouches()
    {
        var stay = Activity("inpatient-admission", "2026-01-30", "2026-03-02");

        Assert.Equal(["2026-01-01", "2026-02-01", "2026-03-01"], ActiveSpan.Months(stay).Select(d => d.ToString("yyyy-MM-dd")));
        Assert.False(ActiveSpan.IsOpen(stay));
    }

    [Fact]
    public void OpenStay_IsOpen_AndStoredUnderItsStartMonthOnly()
    {
        var stay = Activity("inpatient-admission", "2026-01-30", null);

        Assert.True(ActiveSpan.IsOpen(stay));
        Assert.Equal([new DateOnly(2026, 1, 1)], ActiveSpan.Months(stay));
        Assert.Equal([(new DateOnly(2026, 1, 30), new DateOnly(2026, 2, 10), (decimal?)null)], ActiveSpan.Parts(stay, new DateOnly(2026, 2, 10)));
    }

    [Fact]
    public void AttendanceWithoutEnd_IsItsDay()
    {
        var attendance = Activity("ae-attendance", "2026-01-30", null);

        Assert.False(ActiveSpan.IsOpen(attendance));
        Assert.Equal([(new DateOnly(2026, 1, 30), new DateOnly(2026, 1, 30), (decimal?)null)], ActiveSpan.Parts(attendance, new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void SocialCareRows_AreCutToTheirPeriodAndToAsOf()
    {
        var homeCare = Activity("home-care", "2025-05-10", null) with
        {
            Periods =
            [
                new ServicePeriodPart("2025Q1", new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30), null, 10m),
                new ServicePeriodPart("2025Q2", new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), new DateOnly(2025, 8, 15), 5m),
            ],
        };

        var parts = ActiveSpan.Parts(homeCare, new DateOnly(2025, 8, 1)).ToList();

        Assert.Equal(
            [(new DateOnly(2025, 5, 10), new DateOnly(2025, 6, 30), (decimal?)10m), (new DateOnly(2025, 7, 1), new DateOnly(2025, 8, 1), (decimal?)5m)],
            parts);
        Assert.Equal(["2025-05", "2025-06", "2025-07", "2025-08"], ActiveSpan.Months(homeCare).Select(d => d.ToString("yyyy-MM")));
    }

    private static IaActivity Activity(string kind, string start, string? end) => new()
    {
        ActivityId = "a-1",
        AnonId = "x",
        Ia = "S37000034",
        Kind = kind,
        Start = DateOnly.Parse(start),
        End = end is null ? null : DateOnly.Parse(end),
        Source = new IaActivitySource("S08000031", "fhir"),
    };
}
