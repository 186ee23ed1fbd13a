using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Tests.Linkage.Names;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("MacDonald", "MCDONALD")]
    [InlineData("McDonald", "MCDONALD")]
    [InlineData("M'Donald", "MCDONALD")]
    [InlineData("mac donald", "MCDONALD")]
    [InlineData("O'Neill", "ONEILL")]
    [InlineData("Smith-Jones", "SMITHJONES")]
    [InlineData("Nic a' Phearsain", "NICAPHEARSAIN")]
    [InlineData("Zoë", "ZOE")]
    [InlineData("Mack", "MACK")]
    [InlineData("  ", null)]
    public void Fold_MakesTheExactAndBlockingForm(string name, string? folded)
    {
        Assert.Equal(folded, NameNormaliser.Fold(name));
    }

    [Fact]
    public void Clean_KeepsWordsButDropsAccentsAndPunctuation()
    {
        Assert.Equal("SEONAID NIC RATH", NameNormaliser.Clean("Seònaid  Nic-Rath."));
    }

    [Theory]
    [InlineData("ALASDAIR", "ALEXANDER", true)]
    [InlineData("EILIDH", "HELEN", true)]
    [InlineData("SHONA", "JANET", true)]
    [InlineData("KIRSTY", "CHRISTINA", true)]
    [InlineData("WILLIAM", "BILL", true)]
    [InlineData("JAMES", "JOHN", false)]
    public void Aliases_CoverGaelicFormsAndEnglishNicknames(string a, string b, bool same)
    {
        Assert.Equal(same, NameAliases.Default.AreAliases(a, b));
    }
}
