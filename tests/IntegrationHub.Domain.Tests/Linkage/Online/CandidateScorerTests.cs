using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Tests.Linkage.Online;

public sealed class CandidateScorerTests
{
    private static readonly CandidateScorer Scorer = new(LinkageModel.Default, NameAliases.Default);
    private static readonly MatchRecord Mhairi = new("MacDonald", "Mhairi", new DateOnly(1948, 3, 12), "female", "HS1 2AB");

    private static BlockEntry Entry(string personId, MatchRecord record, string? chi = null, string source = "S08000028") =>
        new("dob|19480312", personId, personId + "-f", record, chi, source, "S37000031");

    private static IReadOnlyList<ScoredCandidate> Rank(MatchRecord record, string? chi, string source, params BlockEntry[] entries) =>
        Scorer.Rank(Scorer.Prepare(record), new MatchRequest(record, chi, source, "S37000031"), entries);

    [Fact]
    public void SamePersonWrittenTheOtherWay_IsAboveTheLinkThreshold()
    {
        var ranked = Rank(Mhairi, null, "S08000022", Entry("p1", new MatchRecord("McDonald", "Mary", new DateOnly(1948, 3, 12), "female", "HS1 2AB")));

        var best = Assert.Single(ranked);
        Assert.True(best.Weight >= LinkageModel.Default.LinkWeight, $"weight {best.Weight}");
        Assert.False(best.SameSourceOtherId);
    }

    [Fact]
    public void CandidateWithAnotherChi_IsNeverACandidate_ButOneWithoutAChiIs()
    {
        Assert.Empty(Rank(Mhairi, "1203481234", "S08000022", Entry("p1", Mhairi, chi: "1203485678")));
        Assert.Single(Rank(Mhairi, "1203481234", "S08000022", Entry("p1", Mhairi)));
    }

    [Fact]
    public void FatherAndSonOfOneNameAtOneAddress_AreNotCandidates()
    {
        var son = Mhairi with { Given = "Angus", Sex = "male", BirthDate = new DateOnly(1979, 11, 23) };

        Assert.Empty(Rank(son with { BirthDate = new DateOnly(1951, 6, 2) }, null, "S08000022", Entry("father", son)));
    }

    [Fact]
    public void OnePersonFiledManyTimes_CountsOnce_WithItsBestEntry_AndSameSenderIsFlagged()
    {
        var typo = Mhairi with { Postcode = "HS1 2AD" };
        var ranked = Rank(Mhairi, null, "S08000028", Entry("p1", typo), Entry("p1", Mhairi) with { Fingerprint = "other" }, Entry("p2", Mhairi with { Given = "Morag" }));

        Assert.Equal("p1", ranked[0].Entry.PersonId);
        Assert.Equal("HS1 2AB", ranked[0].Entry.Demographics.Postcode);
        Assert.True(ranked[0].SameSourceOtherId);
        Assert.Single(ranked, c => c.Entry.PersonId == "p1");
    }
}
