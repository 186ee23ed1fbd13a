using IntegrationHub.Domain.Quality;

namespace IntegrationHub.Domain.Tests.Quality;

public sealed class QualityReportTests
{
    private static readonly DateTimeOffset Received = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static SubmissionQuality Record(string id, double minutes, int entries, int rejected, IdentifierCounts identifiers, params (string Code, int Count)[] issues) => new(
        id, "S08000025", "2026-10", "fhir", rejected > 0 ? "completed-with-errors" : "completed", entries, rejected,
        issues.ToDictionary(i => i.Code, i => i.Count), identifiers, Received, Received.AddMinutes(minutes));

    [Fact]
    public void A_month_sums_its_submissions_and_takes_nearest_rank_percentiles_of_their_times()
    {
        var records = new[]
        {
            Record("a", 1, 10, 1, new IdentifierCounts(4, 4, 3, 2), ("value", 1)),
            Record("b", 2, 20, 0, new IdentifierCounts(6, 2, 2, 6)),
            Record("c", 10, 10, 2, new IdentifierCounts(0, 0, 0, 0), ("value", 2), ("required", 1)),
        };

        var month = QualityReport.Summarise("S08000025", "2026-10", records);

        Assert.Equal(3, month.Submissions);
        Assert.Equal(40, month.Entries);
        Assert.Equal(7.50m, month.RejectedPct);
        Assert.Equal(new Dictionary<string, int> { ["required"] = 1, ["value"] = 3 }, month.IssuesByCode);
        Assert.Equal(10, month.PersonRecords);
        Assert.Equal(60.00m, month.ChiPresentPct);
        Assert.Equal(83.33m, month.ChiValidPct);
        Assert.Equal(80.00m, month.PostcodePresentPct);
        Assert.Equal(2.00m, month.MedianMinutesToComplete);
        Assert.Equal(10.00m, month.P90MinutesToComplete);
    }

    [Fact]
    public void Nothing_to_divide_by_is_null_not_zero()
    {
        var month = QualityReport.Summarise("S12000023", "2026-10", [Record("a", 0.5, 0, 0, IdentifierCounts.None)]);

        Assert.Null(month.RejectedPct);
        Assert.Null(month.ChiPresentPct);
        Assert.Null(month.ChiValidPct);
        Assert.Null(month.PostcodePresentPct);
        Assert.Equal(0.50m, month.MedianMinutesToComplete);
    }

    [Fact]
    public void The_tally_counts_present_and_valid_chis_and_postcodes()
    {
        var tally = new IdentifierTally();
        tally.Add(["0101011237"], "KW15 1AA");
        tally.Add(["0101011238"], null);
        tally.Add([null], " ");
        tally.Add([], "HS1 2AA");

        Assert.Equal(new IdentifierCounts(4, 2, IntegrationHub.Domain.Identity.Chi.Check("0101011237").IsValid ? 1 : 0, 2), tally.Counts());
    }

    [Fact]
    public void An_ia_reaches_its_councils_and_the_boards_serving_it()
    {
        var senders = QualityScope.SendersOf(IntegrationHub.Domain.Reference.ReferenceData.Scotland, ["S37000022"]);

        Assert.Contains("S12000023", senders);
        Assert.Contains("S08000025", senders);
        Assert.DoesNotContain("S12000013", senders);
    }
}
