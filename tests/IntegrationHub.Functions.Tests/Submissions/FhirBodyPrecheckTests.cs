using System.Text;
using IntegrationHub.Functions.Submissions;

namespace IntegrationHub.Functions.Tests.Submissions;

public sealed class FhirBodyPrecheckTests
{
    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"1"}""", 1)]
    [InlineData("""{"resourceType":"Bundle","type":"batch","entry":[{},{"resource":{"a":[1,2]}}]}""", 2)]
    [InlineData("""{"entry":[{}],"type":"transaction","resourceType":"Bundle"}""", 1)]
    [InlineData("""{"resourceType":"Bundle","type":"collection"}""", 0)]
    public void FhirBody_IsAcceptedWithItsEntryCount(string json, int entries)
    {
        var result = Check(json);

        Assert.True(result.Accepted);
        Assert.Equal(entries, result.Entries);
    }

    [Theory]
    [InlineData("", 400, "structure")]
    [InlineData("{", 400, "structure")]
    [InlineData("{\"resourceType\":\"Patient\"} trailing", 400, "structure")]
    [InlineData("\"a string\"", 400, "structure")]
    [InlineData("{\"resourceType\":5}", 400, "structure")]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}", 400, "not-supported")]
    [InlineData("{\"resourceType\":\"Bundle\"}", 400, "not-supported")]
    public void BadBody_IsRefusedWithCode(string json, int status, string code)
    {
        var result = Check(json);

        Assert.False(result.Accepted);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(code, result.Problem!.Code);
    }

    [Fact]
    public void DeeplyNestedJson_IsRefusedNotCrashed()
    {
        var json = "{\"resourceType\":\"Patient\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var result = Check(json);

        Assert.False(result.Accepted);
        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public void ThousandAndOneEntries_Is413()
    {
        var json = "{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[" + string.Join(",", Enumerable.Repeat("{}", 1001)) + "]}";

        Assert.Equal(413, Check(json).StatusCode);
    }

    private static FhirPrecheckResult Check(string json) => FhirBodyPrecheck.Check(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
