using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Ingestion.SocialCare;

namespace IntegrationHub.Domain.Tests.Ingestion.SocialCare;

public sealed class SocialCareRunTests
{
    [Fact]
    public void Counts_FollowTheContract()
    {
        var run = new SocialCareRun();
        run.AddRow(accepted: true, [Issue.Warning("value", "line 2 column chi", "w")]);
        run.AddRow(accepted: false, [Issue.Error("required", "line 3 column period", "e")]);
        run.AddRow(accepted: true, []);
        run.Touch("p-1", created: true);
        run.Touch("p-1", created: false);
        run.Touch("p-2", created: false);
        run.CountActivity("a-1");
        run.CountActivity("a-1");

        var counts = run.Outcome().Counts;

        Assert.Equal((3, 2, 1, 1, 2, 1, 1), (counts.Entries, counts.Accepted, counts.Rejected, counts.Warnings, counts.People, counts.NewPeople, counts.Activities));
        Assert.Equal(Domain.Submissions.SubmissionStatus.CompletedWithErrors, run.Outcome().Status);
    }

    [Fact]
    public void ManyIssues_AreListedUpToTheCapInLineOrder_AndStillCounted()
    {
        var run = new SocialCareRun();
        for (var line = SocialCareRun.MaxListedIssues + 100; line >= 2; line--)
        {
            run.AddRow(accepted: true, [Issue.Warning("value", $"line {line} column chi", "w")]);
        }

        var outcome = run.Outcome();

        Assert.Equal(SocialCareRun.MaxListedIssues + 99, outcome.Counts.Warnings);
        Assert.Equal(SocialCareRun.MaxListedIssues + 1, outcome.Issues.Count);
        Assert.Equal("information", outcome.Issues[^1].Severity.ToString().ToLowerInvariant());
        Assert.True(outcome.Issues.SkipLast(1).Select(i => int.Parse(i.Location.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).SequenceEqual(outcome.Issues.SkipLast(1).Select(i => int.Parse(i.Location.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).Order()));
    }
}
