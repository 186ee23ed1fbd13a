using System.Text;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Tests.SocialCare;

public sealed class ExtractReaderTests
{
    private const string Header = "sending_location,social_care_id,period,service,service_type,service_start_date";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void LfOrCrlf_WithOrWithoutBom_ReadTheSameRowsAndLines(string newline)
    {
        foreach (var bom in new[] { string.Empty, "\uFEFF" })
        {
            var rows = ReadAll(bom + Header + newline + "260,A,2025Q1,HC,2,2025-04-01" + newline + newline + "260,B,2025Q1,AT,1,2025-04-02" + newline);

            Assert.Equal([(2, "A", null), (4, "B", null)], rows.Select(r => (r.Line, r.Id, r.Problem)));
        }
    }

    [Fact]
    public void ColumnsInAnyOrderAndCase_AreFoundByName()
    {
        var rows = ReadAll("Service_Start_Date, SOCIAL_CARE_ID ,period,service,service_type,sending_location\n2025-04-01,\"X, Y\",2025Q1,HC,2,260\n");

        Assert.Equal("X, Y", Assert.Single(rows).Id);
    }

    [Fact]
    public void QuotedFieldWithLineBreaks_CountsItsLines()
    {
        var rows = ReadAll(Header + ",forename\n260,A,2025Q1,HC,2,2025-04-01,\"two\nlines\"\n260,B,2025Q1,HC,2,2025-04-01,x\n");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void RaggedRows_AreStructureErrorsAtTheirLine_AndTheRestAreRead()
    {
        var rows = ReadAll(Header + "\n260,A,2025Q1,HC,2\n260,B,2025Q1,HC,2,2025-04-01,extra\n260,C,2025Q1,HC,2,2025-04-01\n");

        Assert.Equal(["line 2", "line 3", null], rows.Select(r => r.Problem));
        Assert.Equal("C", rows[2].Id);
    }

    [Fact]
    public void StrayQuote_IsAStructureError()
    {
        var rows = ReadAll(Header + "\n260,A\"b,2025Q1,HC,2,2025-04-01\n260,C,2025Q1,HC,2,2025-04-01\n");

        Assert.Equal(["line 2", null], rows.Select(r => r.Problem));
    }

    [Fact]
    public void QuoteNeverClosed_StopsTheReadWithOneErrorNotAHang()
    {
        var body = Header + "\n260,A,2025Q1,HC,2,2025-04-01\n260,\"B,2025Q1,HC,2,2025-04-01\n" + string.Concat(Enumerable.Repeat("260,C,2025Q1,HC,2,2025-04-01\n", 20_000));

        var rows = ReadAll(body);

        Assert.Equal((2, null), (rows[0].Line, rows[0].Problem));
        Assert.Equal("line 3", rows[^1].Problem);
        Assert.True(rows.Count <= 3);
    }

    [Fact]
    public void UnknownAndRepeatedColumns_AreWarnedOnceAtLineOne()
    {
        using var reader = ExtractReader.Open(Stream(Header + ",notes,period\n260,A,2025Q1,HC,2,2025-04-01,x,2026Q1\n"));

        Assert.Equal(
            [("not-supported", "line 1 column notes"), ("duplicate", "line 1 column period")],
            reader.Header.Issues.Select(i => (i.Code, i.Location)));
        Assert.True(reader.Next());
        Assert.Equal("2025Q1", reader.Field(ExtractColumns.Period));
    }

    [Fact]
    public void EmptyAndAbsentFields_ReadAsNull()
    {
        using var reader = ExtractReader.Open(Stream(Header + ",chi\n260,A,2025Q1,HC,2,2025-04-01,  \n"));

        Assert.True(reader.Next());
        Assert.Null(reader.Field(ExtractColumns.Chi));
        Assert.Null(reader.Field(ExtractColumns.Postcode));
    }

    [Fact]
    public void Latin1Bytes_AreReadAsReplacementCharacters()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + ",surname\n260,A,2025Q1,HC,2,2025-04-01,Ni Bhriain\u00e1\n");
        using var reader = ExtractReader.Open(new MemoryStream(bytes));

        Assert.True(reader.Next());
        Assert.Contains('\uFFFD', reader.Field(ExtractColumns.Surname)!);
    }

    private static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private static List<(int Line, string? Id, string? Problem)> ReadAll(string csv)
    {
        using var reader = ExtractReader.Open(Stream(csv));
        var rows = new List<(int, string?, string?)>();
        while (reader.Next())
        {
            rows.Add((reader.Line, reader.Problem is null ? reader.Field(ExtractColumns.SocialCareId) : null, reader.Problem?.Location));
            Assert.True(reader.Problem is null or { Severity: IssueSeverity.Error, Code: "structure" });
        }

        return rows;
    }
}
