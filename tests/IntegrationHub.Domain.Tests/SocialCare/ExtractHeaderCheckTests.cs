using System.Text;
using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Tests.SocialCare;

public sealed class ExtractHeaderCheckTests
{
    private const string Required = "sending_location,social_care_id,period,service,service_type,service_start_date";

    [Theory]
    [InlineData(Required + "\n1,2,3,4,5,6\n")]
    [InlineData(Required + "\r\n1,2,3,4,5,6\r\n")]
    [InlineData("\uFEFF" + Required + "\n1,2,3,4,5,6")]
    [InlineData("service_start_date,SERVICE_TYPE,service,period,social_care_id,sending_location,extra\n6,5,4,3,2,1,x\n")]
    [InlineData("\"sending_location\",\"social_care_id\",period,service,service_type,\"service_start_date\"\n1,2,3,4,5,6\n")]
    public void HeaderWithEveryRequiredColumnAndARow_IsAccepted(string csv)
    {
        var result = Check(csv);

        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => p.Message)));
    }

    [Fact]
    public void MissingColumns_AreEachNamedAtLineOne()
    {
        var result = Check("sending_location,service\n1,2\n");

        Assert.False(result.Accepted);
        Assert.Equal(
            ["line 1 column social_care_id", "line 1 column period", "line 1 column service_type", "line 1 column service_start_date"],
            result.Problems.Select(p => p.Location));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(Required)]
    [InlineData(Required + "\n")]
    [InlineData(Required + "\n\n  \n")]
    public void EmptyBodyOrHeaderWithoutRows_IsRefused(string csv)
    {
        Assert.False(Check(csv).Accepted);
    }

    [Fact]
    public void QuotedHeaderFieldWithCommaAndNewline_IsOneColumnAndDoesNotHideTheRow()
    {
        var result = Check(Required + ",\"odd,\nname\"\n1,2,3,4,5,6,7\n");

        Assert.True(result.Accepted);
        Assert.Equal(6, result.Columns.Count);
    }

    private static ExtractHeaderResult Check(string csv) => ExtractHeaderCheck.Check(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
}
