using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Tests.Linkage.Scoring;

public sealed class LinkageModelTests
{
    [Fact]
    public void Weights_AreLog2OfMOverU_AndMissingCountsNothing()
    {
        var model = LinkageModel.Default;
        var given = model.Fields["given"]["exact"];

        Assert.Equal(Math.Log2(given.M / given.U), model.Weight(LinkField.Given, 1), 10);
        Assert.Equal(0, model.Weight(LinkField.Given, 0));
    }

    [Fact]
    public void Thresholds_FollowFromTheProbabilitiesAndThePrior()
    {
        var model = LinkageModel.Default;

        Assert.Equal(model.LinkProbability, model.Probability(model.LinkWeight), 6);
        Assert.True(model.LinkWeight > model.ReviewWeight);
    }

    [Fact]
    public void ADayMonthSwap_SaysLessThanAnAgreeingBirthDate()
    {
        // The swapped birth date is itself a blocking key, so swapped pairs are common among the candidates.
        var model = LinkageModel.Default;

        Assert.True(model.Weight(LinkField.BirthDate, 2) < model.Weight(LinkField.BirthDate, 1));
        Assert.True(model.Weight(LinkField.BirthDate, 2) > model.Weight(LinkField.BirthDate, RecordComparer.DateDisagree));
    }

    [Fact]
    public void CommonSurnames_WeighLessThanRareOnes()
    {
        var adjustments = TermFrequencies.Adjustments([.. Enumerable.Repeat("SMITH", 50), .. Enumerable.Range(0, 50).Select(i => "RARE" + i)]);

        Assert.True(adjustments["SMITH"] < 0);
        Assert.True(adjustments["RARE1"] > 0);
    }

    [Fact]
    public void BirthDatesBeyondASlip_OrMissingWithWeakNames_AreNeverLinked()
    {
        Assert.False(LinkageModel.Linkable([1, 5, 0, 1, 0]));
        Assert.False(LinkageModel.Linkable([0, 1, 0, 1, 0]));
        Assert.True(LinkageModel.Linkable([1, 3, 0, 1, 0]));
        Assert.False(LinkageModel.Linkable([5, 5, 1, 1, 0]));
        Assert.False(LinkageModel.Linkable([1, 5, 1, 0, 0]));
        Assert.True(LinkageModel.Linkable([1, 5, 1, 1, 0]));
        Assert.False(LinkageModel.Linkable([1, 4, 1, 5, 0]));
        Assert.False(LinkageModel.Linkable([1, 1, 3, 5, 0]));
        Assert.True(LinkageModel.Linkable([1, 1, 3, 2, 0]));
        Assert.False(LinkageModel.Linkable([1, 1, 4, 1, 0]));
        Assert.False(LinkageModel.Linkable([1, 1, 5, 1, 0]));
    }

    [Fact]
    public void AMerelySimilarForename_BesideAnInexactSurname_NeedsTheAddress()
    {
        Assert.False(LinkageModel.Linkable([4, 3, 1, 5, 0]));
        Assert.False(LinkageModel.Linkable([4, 3, 2, 0, 0]));
        Assert.True(LinkageModel.Linkable([4, 3, 1, 3, 0]));
        Assert.True(LinkageModel.Linkable([4, 1, 1, 5, 0]));
    }

    [Fact]
    public void ANameReplaced_NeedsTheAddressTheWholeBirthDateAndTheOtherNameAtLeastClose()
    {
        Assert.True(LinkageModel.Linkable([5, 3, 1, 1, 0]));
        Assert.True(LinkageModel.Linkable([3, 5, 2, 2, 0]));
        Assert.False(LinkageModel.Linkable([5, 3, 3, 1, 0]));
        Assert.False(LinkageModel.Linkable([3, 5, 1, 3, 0]));
        Assert.False(LinkageModel.Linkable([5, 4, 1, 1, 0]));
        Assert.False(LinkageModel.Linkable([3, 5, 0, 1, 0]));
    }

    [Fact]
    public void EmOnSeparablePatterns_LearnsAgreementAmongMatches()
    {
        var patterns = new Dictionary<PatternKey, long>
        {
            [PatternKey.From([1, 1, 1, 1, 1])] = 900,
            [PatternKey.From([1, 1, 1, 2, 1])] = 100,
            [PatternKey.From([5, 5, 5, 5, 2])] = 8000,
            [PatternKey.From([5, 1, 5, 5, 1])] = 1000,
        };

        var model = EmEstimator.Estimate(patterns, LinkageModel.Default, "test");

        Assert.InRange(model.Prior, 0.05, 0.15);
        Assert.True(model.Fields["birthDate"]["exact"].M > 0.9);
        Assert.True(model.Fields["birthDate"]["exact"].U < 0.05);
    }
}
