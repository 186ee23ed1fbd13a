using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.Linkage.Scoring;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Tests.Linkage.Reviews;

public sealed class ReviewItemTests
{
    [Fact]
    public void OnePairOfPeople_IsOneItemAndOneMemory_WhicheverWayRound()
    {
        Assert.Equal(ReviewItem.IdFor("p-a", "p-b"), ReviewItem.IdFor("p-b", "p-a"));
        Assert.NotEqual(ReviewItem.IdFor("p-a", "p-b"), ReviewItem.IdFor("p-a", "p-c"));
        Assert.Equal(IdentifierKeys.Distinct("p-b", "p-a"), IdentifierKeys.Distinct("p-a", "p-b"));
    }

    [Fact]
    public void From_ShowsBothSidesAndHowEachFieldCompared_InTheRecordsIa()
    {
        var scorer = new CandidateScorer(LinkageModel.Default, NameAliases.Default);
        var record = new MatchRecord("Flett", "Eilidh", new DateOnly(1940, 2, 29), "female", "KW15 1AA");
        var candidate = new BlockEntry("dob|19400229", "p-old", "f", record with { Given = "Helen", Postcode = "KW15 1AB" }, null, "S08000025", null);
        var request = new MatchRequest(record, null, "S08000025", "S37000022");
        var best = scorer.Rank(scorer.Prepare(record), request, [candidate]).Single();

        var item = ReviewItem.From(new MatchOutcome(MatchVerdict.Review, best, 0.9, "why"), request, ["src|S08000025|Patient/x"], "p-new", DateTimeOffset.UnixEpoch);

        Assert.Equal(("S37000022", "open", "p-new", "p-old"), (item.Ia, item.Status, item.RecordPersonId, item.CandidatePersonId));
        Assert.Equal("alias", item.Comparison["given"]);
        Assert.Equal("exact", item.Comparison["surname"]);
        Assert.Equal("sector", item.Comparison["postcode"]);
        Assert.Equal(("Eilidh", "Helen"), (item.Record.Given, item.Candidate.Given));
        Assert.Equal(request, item.RecordRequest);
    }
}
