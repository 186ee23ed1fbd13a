using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Tests.Linkage.Comparison;

public sealed class LinkFieldVerdictTests
{
    [Theory]
    [InlineData(LinkField.Given, "exact", "agree")]
    [InlineData(LinkField.Given, "alias", "close")]
    [InlineData(LinkField.Surname, "similar", "close")]
    [InlineData(LinkField.Surname, "disagree", "differ")]
    [InlineData(LinkField.BirthDate, "day-month-swap", "close")]
    [InlineData(LinkField.BirthDate, "within-five-years", "close")]
    [InlineData(LinkField.BirthDate, "disagree", "differ")]
    [InlineData(LinkField.Postcode, "full", "agree")]
    [InlineData(LinkField.Postcode, "district", "close")]
    [InlineData(LinkField.Sex, "agree", "agree")]
    [InlineData(LinkField.Sex, "disagree", "differ")]
    [InlineData(LinkField.Postcode, "missing", "missing")]
    public void A_level_reads_as_agree_close_differ_or_missing(int field, string level, string verdict) =>
        Assert.Equal(verdict, LinkField.Verdict(field, level));

    [Fact]
    public void A_level_the_field_does_not_have_is_refused() =>
        Assert.Throws<ArgumentException>(() => LinkField.Verdict(LinkField.Sex, "alias"));

    [Fact]
    public void A_stored_comparison_gets_a_verdict_per_field()
    {
        var verdicts = LinkField.Verdicts(new Dictionary<string, string> { ["given"] = "alias", ["surname"] = "exact", ["sex"] = "disagree" });
        Assert.Equal(new Dictionary<string, string> { ["given"] = "close", ["surname"] = "agree", ["sex"] = "differ" }, verdicts);
    }
}
