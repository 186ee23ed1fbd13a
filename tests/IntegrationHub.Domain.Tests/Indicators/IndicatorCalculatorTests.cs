using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Indicators;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Tests.Indicators;

/// <summary>The CONTRACT §4 conventions one at a time; the end-to-end values are in the analyst API tests.</summary>
public sealed class IndicatorCalculatorTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    [Fact]
    public void BedDays_CountTheDischargeDayNotTheAdmissionDay_EachInItsMonth()
    {
        var stay = Stay("a", "2026-09-29", "2026-10-02", "acute");

        var (september, october) = Two(Compute([stay], new DateOnly(2026, 9, 1), October, new DateOnly(2026, 12, 31)));

        Assert.Equal(1, september.UnscheduledBedDays["all"]);
        Assert.Equal(2, october.UnscheduledBedDays["all"]);
        Assert.Equal((0, 1), (september.EmergencyAdmissions["all"], october.EmergencyAdmissions["all"]));
    }

    [Fact]
    public void SameDayStay_HasNoBedDays()
    {
        var month = Compute([Stay("a", "2026-10-05", "2026-10-05", "acute")], October, October, new DateOnly(2026, 12, 31))[0];

        Assert.Equal((0, 1), (month.UnscheduledBedDays["all"], month.EmergencyAdmissions["all"]));
    }

    [Theory]
    [InlineData("maternity")]
    [InlineData("community-hospital")]
    public void UnscheduledBedDays_LeaveOutMaternityAndCommunityHospitals(string setting)
    {
        var month = Compute([Stay("a", "2026-10-01", "2026-10-05", setting)], October, October, new DateOnly(2026, 12, 31))[0];

        Assert.Equal((0, 0), (month.UnscheduledBedDays["all"], month.EmergencyAdmissions["all"]));
    }

    [Fact]
    public void OpenStay_CountsUpToAsOf_AndIsNotAnAdmissionYet()
    {
        var month = Compute([Stay("a", "2026-10-01", null, "acute")], October, October, new DateOnly(2026, 10, 11))[0];

        Assert.Equal((10, 0), (month.UnscheduledBedDays["all"], month.EmergencyAdmissions["all"]));
    }

    [Fact]
    public void DistinctClients_CountAPersonOnceAcrossTheirRows_InEveryBandTheyFallIn()
    {
        var first = Service("a", "anon-1", "home-care", age: 80, hours: 10m);
        var second = Service("b", "anon-1", "home-care", age: 80, hours: 20m);
        var young = Service("c", "anon-2", "home-care", age: 40, hours: 31m);

        // As of 31 October the rows' active days are all in October, so all their hours are too.
        var month = Compute([first, second, young], October, October, new DateOnly(2026, 10, 31))[0];

        Assert.Equal([2, 2, 1, 1], AgeBands.All.Select(b => month.HomeCareClients[b]));
        Assert.Equal([61m, 61m, 30m, 30m], AgeBands.All.Select(b => month.HomeCareHours[b]));
    }

    [Fact]
    public void HomeCareHours_AreSpreadOverTheActiveDaysCutToAsOf()
    {
        // The Q3 row (October–December) with 92 hours, as of 15 November: 46 active days, 2 hours a day.
        var row = Service("a", "anon-1", "home-care", age: 70, hours: 92m);

        var (october, november) = Two(Compute([row], October, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 15)));

        Assert.Equal((62m, 30m), (october.HomeCareHours["all"], november.HomeCareHours["all"]));
    }

    [Fact]
    public void LastSixMonths_IsNullWithoutDeaths_AndCountsOnlyTheDaysBeforeDeath()
    {
        var death = new IaActivity { ActivityId = "d", AnonId = "anon-1", Ia = "S37000034", Kind = ActivityKind.Death.Value, Start = new DateOnly(2026, 10, 10), End = new DateOnly(2026, 10, 10), AgeAtStart = 90, Source = new IaActivitySource("S08000031", "fhir") };
        var longAgo = Stay("old", "2026-01-01", "2026-01-31", "acute") with { AnonId = "anon-1" };
        var recent = Stay("new", "2026-10-01", "2026-10-20", "maternity") with { AnonId = "anon-1" };

        var month = Compute([death, longAgo, recent], October, October, new DateOnly(2026, 12, 31))[0];
        var none = Compute([longAgo], October, October, new DateOnly(2026, 12, 31))[0];

        // 2–10 October (9 days, any setting); January is more than 182 days before.
        Assert.Equal(Math.Round(100m * (1m - (9m / 182.5m)), 2), month.LastSixMonthsInCommunityPct["all"]);
        Assert.Null(none.LastSixMonthsInCommunityPct["all"]);
        Assert.Equal(1, month.Deaths["75+"]);
    }

    [Fact]
    public void DelayedDischarge_CountsDaysAfterReadyByReason()
    {
        var delay = new IaActivity { ActivityId = "dd", AnonId = "x", Ia = "S37000034", Kind = ActivityKind.DelayedDischarge.Value, Start = new DateOnly(2026, 10, 28), End = null, DelayReason = "code-9", AgeAtStart = 85, Source = new IaActivitySource("S08000031", "fhir") };

        var month = Compute([delay], October, October, new DateOnly(2026, 11, 20))[0];

        Assert.Equal((3, 3), (month.DelayedDischargeBedDays["75+"], month.DelayedDischargeBedDaysByReason["code-9"]));
    }

    [Fact]
    public void ActivityStoredUnderSeveralMonths_IsCountedOnce()
    {
        var stay = Stay("a", "2026-09-29", "2026-10-02", "acute");

        var month = Compute([stay, stay, stay], October, October, new DateOnly(2026, 12, 31))[0];

        Assert.Equal((2, 1), (month.UnscheduledBedDays["all"], month.EmergencyAdmissions["all"]));
    }

    private static (MonthIndicators, MonthIndicators) Two(IReadOnlyList<MonthIndicators> months) => (months[0], months[1]);

    private static IReadOnlyList<MonthIndicators> Compute(IaActivity[] activities, DateOnly from, DateOnly to, DateOnly asOf) => IndicatorCalculator.Compute(activities, from, to, asOf);

    private static IaActivity Stay(string id, string start, string? end, string setting) => new()
    {
        ActivityId = id,
        AnonId = "anon-" + id,
        Ia = "S37000034",
        Kind = ActivityKind.InpatientAdmission.Value,
        Setting = setting,
        AdmissionType = "emergency",
        Start = DateOnly.Parse(start),
        End = end is null ? null : DateOnly.Parse(end),
        AgeAtStart = 70,
        Source = new IaActivitySource("S08000031", "fhir"),
    };

    private static IaActivity Service(string id, string anonId, string kind, int age, decimal hours) => new()
    {
        ActivityId = id,
        AnonId = anonId,
        Ia = "S37000034",
        Kind = kind,
        Start = new DateOnly(2026, 6, 1),
        Hours = hours,
        AgeAtStart = age,
        Source = new IaActivitySource("S12000049", "social-care"),
        Periods = [new ServicePeriodPart("2026Q3", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), null, hours)],
    };
}
