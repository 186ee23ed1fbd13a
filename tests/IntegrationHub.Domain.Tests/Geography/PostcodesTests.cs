using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Tests.Geography;

public sealed class PostcodesTests
{
    [Theory]
    [InlineData("g11aa", "G1 1AA")]
    [InlineData(" EH6  7LX ", "EH6 7LX")]
    [InlineData("ka12 8ab", "KA12 8AB")]
    [InlineData("nonsense", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalise_GivesTheCanonicalForm(string? raw, string? expected) => Assert.Equal(expected, Postcodes.Normalise(raw));

    [Fact]
    public void SectorAndDistrict_AreCutFromTheCanonicalForm()
    {
        Assert.Equal("KA12 8", Postcodes.Sector("ka128ab"));
        Assert.Equal("KA12", Postcodes.District("ka128ab"));
    }

    [Fact]
    public void PostcodeDirectory_LoadsTheScottishPostcodeDirectoryLayout()
    {
        var csv = "Postcode,PostcodeDistrict,CouncilArea2019Code,IntegrationAuthority2019Code\n\"G1 1AA\",G1,S12000049,S37000034\nEH6 7LX,EH6,S12000036,S37000012\n";

        var directory = PostcodeDirectory.Load(new StringReader(csv));

        Assert.Equal(2, directory.Count);
        Assert.Equal("S12000049", directory.CouncilOf("g11aa"));
        Assert.Null(directory.CouncilOf("TD1 1AA"));
    }

    [Fact]
    public void Residence_FollowsCouncilCodeThenNameThenPostcodeThenSingleIaBoard()
    {
        var resolver = new ResidenceResolver(new PostcodeDirectory(new Dictionary<string, string> { ["PA1 1AA"] = "S12000038" }));

        Assert.Equal(("S37000034", "council-code"), Pick(resolver.Resolve("S12000046", null, "S08000031")));
        Assert.Equal(("S37000012", "council-name"), Pick(resolver.Resolve("City of Edinburgh", "PA1 1AA", "S08000031")));
        Assert.Equal(("S37000024", "postcode"), Pick(resolver.Resolve(null, "pa11aa", "S08000031")));
        Assert.Equal(("S37000025", "single-ia-board"), Pick(resolver.Resolve("Somewhere", "TD1 1AA", "S08000016")));
        Assert.Equal((null, "unresolved"), Pick(resolver.Resolve(null, "G1 1AA", "S08000031")));
    }

    private static (string? Ia, string How) Pick(Residence residence) => (residence.IaCode, residence.How);
}
