using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Tests.Linkage.Batch;

/// <summary>Two de-duplicated registers linked one-to-one (<c>./hub link</c> with two inputs).</summary>
public sealed class OneToOneLinkTests
{
    private static readonly BatchLinker Linker = new(LinkageModel.Default, NameAliases.Default);

    private static LinkInput Person(string id, string given, string born, string postcode = "AB56 1AA", string family = "Reid") =>
        new(id, new MatchRecord(family, given, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), "male", postcode), null);

    private static int[] Link(LinkInput[] registerA, LinkInput[] registerB) =>
        Linker.Link([.. registerA, .. registerB], [.. registerA.Select(_ => 0), .. registerB.Select(_ => 1)], default).Clusters;

    [Fact]
    public void FatherAndSonOfOneName_EachTakesHisOwnRecord()
    {
        var clusters = Link(
            [Person("a-father", "Angus", "1951-06-02"), Person("a-son", "Angus", "1979-11-23")],
            [Person("b-son", "Angus", "1979-11-23"), Person("b-father", "Angus", "1951-06-02")]);

        Assert.Equal(clusters[0], clusters[3]);
        Assert.Equal(clusters[1], clusters[2]);
        Assert.NotEqual(clusters[0], clusters[1]);
    }

    [Fact]
    public void BirthDateKeyedWrong_LinksWhenNamesAndFullPostcodeAgree_ButOnlyAcrossRegisters()
    {
        var a = Person("a", "Angus", "1951-06-02");
        var b = Person("b", "Angus", "1915-02-06");

        Assert.Single(Link([a], [b]).Distinct());
        // De-duplicating one set, the same pair is a father and son and stays apart.
        Assert.Equal(2, Linker.Link([a, b], default).Clusters.Distinct().Count());
    }

    [Fact]
    public void RecordsOfOneRegister_AreNeverJoined_AndEachRecordTakesOnePartner()
    {
        var clusters = Link(
            [Person("a1", "Morag", "1960-01-01", family: "Flett"), Person("a2", "Morag", "1960-01-01", family: "Flett")],
            [Person("b1", "Morag", "1960-01-01", family: "Flett")]);

        Assert.NotEqual(clusters[0], clusters[1]);
        Assert.Equal(2, clusters.Distinct().Count());
    }
}
