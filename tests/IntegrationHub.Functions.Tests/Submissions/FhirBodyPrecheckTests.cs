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

    [Fact]
    public void Utf8Bom_IsSkipped()
    {
        var result = FhirBodyPrecheck.Check(new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("""{"resourceType":"Bundle","type":"batch","entry":[{}]}""")]));

        Assert.True(result.Accepted);
        Assert.Equal(1, result.Entries);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Latin1Bytes_Are400NamingTheByteOffset(bool withBom)
    {
        var prefix = withBom ? Encoding.UTF8.Preamble.ToArray() : [];
        var json = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","name":[{"family":"Seonaid"}]}""");
        var offset = prefix.Length + json.AsSpan().IndexOf("Seonaid"u8) + 3;
        byte[] body = [.. prefix, .. json];
        body[offset] = 0xF2; // 'ò' in Latin-1; in UTF-8 a lead byte that 'n' cannot follow

        var result = FhirBodyPrecheck.Check(new MemoryStream(body));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(("invalid", $"body byte offset {offset}"), (result.Problem!.Code, result.Problem.Location));
        Assert.Contains($"invalid UTF-8 at byte offset {offset} (byte 0xF2)", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_Is400SayingSo()
    {
        var result = FhirBodyPrecheck.Check(new MemoryStream([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("""{"resourceType":"Patient"}""")]));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("UTF-16", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"resourceType":"\ud800"}""", "resourceType")]
    [InlineData("""{"resourceType":"Bundle","type":"batch\udc00"}""", "Bundle.type")]
    public void UnpairedSurrogateInWhatTheCheckReads_Is400(string json, string location)
    {
        var result = Check(json);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(location, result.Problem!.Location);
        Assert.Contains("unpaired surrogate", result.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"\ud800":1,"resourceType":"Patient"}""")]
    [InlineData("""{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","name":[{"family":"\ud800"}]}}]}""")]
    public void UnpairedSurrogateElsewhere_IsLeftToTheProcessor(string json)
    {
        // Inside an entry it is that entry's problem (an issue naming the element), not the whole body's.
        Assert.True(Check(json).Accepted);
    }

    private static FhirPrecheckResult Check(string json) => FhirBodyPrecheck.Check(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
