using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Domain.Tests.Reference;

public sealed class ReferenceDataTests
{
    private readonly ReferenceData reference = ReferenceData.Scotland;

    [Fact]
    public void AllThirtyOneIas_AreLoaded() => Assert.Equal(31, reference.Ias.Count);

    [Fact]
    public void ClackmannanshireAndStirling_ShareOneIa()
    {
        Assert.Equal("S37000005", reference.CouncilBySendingLocation("150")!.IaCode);
        Assert.Equal("S37000005", reference.CouncilBySendingLocation("390")!.IaCode);
        Assert.Equal("Stirling", reference.CouncilBySendingLocation("390")!.Name);
        Assert.Equal(2, reference.Ia("S37000005")!.Councils.Count);
    }

    [Theory]
    [InlineData("S12000046", "S12000049")]
    [InlineData("S12000015", "S12000047")]
    [InlineData("S12000049", "S12000049")]
    public void SupersededCouncilCodes_MapToTheCurrentCouncil(string code, string current) =>
        Assert.Equal(current, reference.CouncilByCode(code)!.Code);

    [Theory]
    [InlineData("city of edinburgh", "S12000036")]
    [InlineData("  Na h-Eileanan Siar ", "S12000013")]
    [InlineData("GLASGOW CITY", "S12000049")]
    public void CouncilNames_MatchCaseInsensitively(string name, string code) => Assert.Equal(code, reference.CouncilByName(name)!.Code);

    [Theory]
    [InlineData("S08000016", "S37000025")]
    [InlineData("S08000029", "S37000032")]
    [InlineData("S08000018", "S37000032")]
    [InlineData("S08000025", "S37000022")]
    [InlineData("S08000026", "S37000026")]
    [InlineData("S08000028", "S37000031")]
    [InlineData("S08000017", "S37000006")]
    [InlineData("S08000031", null)]
    [InlineData("S08000024", null)]
    public void SingleIaBoards_NameTheirIa(string board, string? ia) => Assert.Equal(ia, reference.SingleIaOfBoard(board));

    [Fact]
    public void SupersededBoardAndIaCodes_Resolve()
    {
        Assert.Equal("S08000031", reference.BoardByCode("S08000021")!.Code);
        Assert.Equal("S37000034", reference.CurrentIaCode("S37000015"));
        Assert.Null(reference.CouncilByCode("S12999999"));
    }
}
