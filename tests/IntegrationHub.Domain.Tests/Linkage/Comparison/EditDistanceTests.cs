using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Tests.Linkage.Comparison;

/// <summary>Textbook values: KITTEN/SITTING 3, CA/AC 1 (a swap), and CA/ABC 3, where optimal string alignment differs from unrestricted Damerau–Levenshtein (2).</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("KITTEN", "SITTING", 3)]
    [InlineData("CA", "AC", 1)]
    [InlineData("CA", "ABC", 3)]
    [InlineData("STAR", "STRAR", 1)]
    [InlineData("LEO", "ELO", 1)]
    [InlineData("ANAR", "ARIR", 2)]
    [InlineData("SMITH", "SMITH", 0)]
    [InlineData("", "ABC", 3)]
    [InlineData("ABC", "", 3)]
    public void Between_GivesTheKnownDistances(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("SMITH", "SMITH")]
    [InlineData("SMITH", "SMYTH")]
    [InlineData("SMITH", "SMIHT")]
    [InlineData("SMITH", "MSITH")]
    [InlineData("SMITH", "SMITHS")]
    [InlineData("SMITH", "SMTH")]
    [InlineData("SMITH", "MITH")]
    [InlineData("SMITH", "SMIT")]
    [InlineData("", "A")]
    [InlineData("SMITH", "SMYTHE")]
    [InlineData("SMITH", "SMTIHS")]
    [InlineData("SMITH", "MSIHT")]
    [InlineData("SMITH", "SM")]
    [InlineData("ABC", "CBA")]
    [InlineData("", "AB")]
    public void WithinOne_AgreesWithTheDistance(string a, string b)
    {
        var expected = EditDistance.Between(a, b) <= 1;
        Assert.Equal(expected, EditDistance.WithinOne(a, b));
        Assert.Equal(expected, EditDistance.WithinOne(b, a));
    }
}
