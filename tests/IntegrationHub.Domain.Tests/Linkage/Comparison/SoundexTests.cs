using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Tests.Linkage.Comparison;

/// <summary>The US National Archives' published examples of American Soundex.</summary>
public sealed class SoundexTests
{
    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Rubin", "R150")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Ashcroft", "A261")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")]
    [InlineData("Honeyman", "H555")]
    [InlineData("Lee", "L000")]
    public void PublishedExamples(string name, string code)
    {
        Assert.Equal(code, Soundex.Encode(name));
    }

    [Fact]
    public void NoLetters_HasNoCode()
    {
        Assert.Null(Soundex.Encode("123"));
        Assert.Null(Soundex.Encode(null));
    }
}
