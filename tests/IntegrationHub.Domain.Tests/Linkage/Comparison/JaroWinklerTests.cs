using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Tests.Linkage.Comparison;

/// <summary>Published values: Winkler (1990) and the usual textbook examples (MARTHA/MARHTA, DWAYNE/DUANE, DIXON/DICKSONX).</summary>
public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.944, 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.822, 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.767, 0.813)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.896, 0.896)]
    public void PublishedPairs_GiveThePublishedValues(string a, string b, double jaro, double jaroWinkler)
    {
        Assert.Equal(jaro, JaroWinkler.Jaro(a, b), 3);
        Assert.Equal(jaroWinkler, JaroWinkler.Similarity(a, b), 3);
    }

    [Theory]
    [InlineData("SMITH", "SMITH", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("A", "", 0.0)]
    public void EdgeCases(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
    }

    [Fact]
    public void Similarity_IsSymmetric()
    {
        Assert.Equal(JaroWinkler.Similarity("MACDONALD", "MCDONALD"), JaroWinkler.Similarity("MCDONALD", "MACDONALD"), 10);
    }
}
