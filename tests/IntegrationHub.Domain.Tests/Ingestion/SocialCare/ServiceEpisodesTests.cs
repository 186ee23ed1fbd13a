using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Ingestion.SocialCare;
using IntegrationHub.Domain.Reference;
using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Tests.Ingestion.SocialCare;

public sealed class ServiceEpisodesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Council Glasgow = ReferenceData.Scotland.CouncilBySendingLocation("260")!;

    [Fact]
    public void QuarterlyRowsOfOneEpisode_BecomeOneActivityWithAPartPerPeriod()
    {
        var episode = ServiceEpisodes.Apply(null, [Row(2, "2025Q1", hours: 10m), Row(3, "2025Q2", hours: 12.5m)], "p-1", "s-1", Now);

        Assert.Equal(ActivityKind.HomeCare, episode.Kind);
        Assert.Equal(("personal", new DateOnly(2025, 5, 1), (DateOnly?)null, 22.5m), (episode.ServiceType, episode.Start, episode.End, episode.Hours));
        Assert.Equal(["2025Q1", "2025Q2"], episode.Periods!.Select(p => p.Period));
        Assert.Equal(("S12000049", "S37000034"), (episode.CouncilCode, episode.IaCode));
    }

    [Fact]
    public void NextQuarterInALaterSubmission_ContinuesTheEpisode()
    {
        var first = ServiceEpisodes.Apply(null, [Row(2, "2025Q1", hours: 10m)], "p-1", "s-1", Now);

        var second = ServiceEpisodes.Apply(first, [Row(2, "2025Q2", hours: 8m, end: "2025-08-31")], "p-1", "s-2", Now);

        Assert.Equal(first.ActivityId, second.ActivityId);
        Assert.Equal((new DateOnly(2025, 8, 31), 18m), (second.End!.Value, second.Hours!.Value));
        Assert.Equal(2, second.Periods!.Count);
    }

    [Fact]
    public void ResentPeriod_ReplacesItsPart_AndAnIdenticalResendChangesNothing()
    {
        var first = ServiceEpisodes.Apply(null, [Row(2, "2025Q1", hours: 10m), Row(3, "2025Q2", hours: 8m)], "p-1", "s-1", Now);

        var corrected = ServiceEpisodes.Apply(first, [Row(5, "2025Q1", hours: 11m)], "p-1", "s-2", Now);
        var resent = ServiceEpisodes.Apply(corrected, [Row(5, "2025Q1", hours: 11m)], "p-1", "s-3", Now.AddDays(1));

        Assert.Equal(19m, corrected.Hours);
        Assert.False(first.SameContentAs(corrected));
        Assert.True(corrected.SameContentAs(resent));
    }

    [Fact]
    public void AnEarlierPeriodSentLate_DoesNotUndoTheLaterEnd()
    {
        var later = ServiceEpisodes.Apply(null, [Row(2, "2025Q2", hours: 8m, end: "2025-08-31")], "p-1", "s-1", Now);

        var earlier = ServiceEpisodes.Apply(later, [Row(2, "2025Q1", hours: 10m)], "p-1", "s-2", Now);

        Assert.Equal(new DateOnly(2025, 8, 31), earlier.End);
        Assert.Equal(["2025Q1", "2025Q2"], earlier.Periods!.Select(p => p.Period));
    }

    [Fact]
    public void HoursNotRecorded_StayNull_NotZero()
    {
        var episode = ServiceEpisodes.Apply(null, [Row(2, "2025Q1", hours: null, service: SocialCareService.AlarmTelecare, type: 2)], "p-1", "s-1", Now);

        Assert.Equal((ActivityKind.AlarmTelecare, "telecare", (decimal?)null), (episode.Kind, episode.ServiceType, episode.Hours));
    }

    [Fact]
    public void CouncilDeath_DoesNotReplaceAnNhsDeath()
    {
        var row = Row(2, "2025Q1", hours: 1m) with { DeathDate = new DateOnly(2025, 6, 1) };
        var nhs = new ActivityRecord
        {
            ActivityId = ActivityIds.DeathOf("p-1"),
            PersonId = "p-1",
            Kind = ActivityKind.Death,
            Start = new DateOnly(2025, 6, 2),
            Source = new ActivitySource("S08000031", "fhir", "Patient", "p-1"),
            ChangedBySubmission = "s-0",
            UpdatedAt = Now,
        };

        Assert.Null(ServiceEpisodes.Death(nhs, row, "p-1", "s-1", Now));
        Assert.Equal(new DateOnly(2025, 6, 1), ServiceEpisodes.Death(null, row, "p-1", "s-1", Now)!.Start);
    }

    private static ExtractRow Row(int line, string period, decimal? hours, string? end = null, SocialCareService? service = null, int type = 2)
    {
        Assert.True(ReturnPeriod.TryParse(period, out var p));
        return new ExtractRow
        {
            Line = line,
            Council = Glasgow,
            SocialCareId = "GC-1",
            Period = p,
            Service = service ?? SocialCareService.HomeCare,
            ServiceType = type,
            Start = new DateOnly(2025, 5, 1),
            End = end is null ? null : DateOnly.Parse(end),
            Hours = hours,
        };
    }
}
