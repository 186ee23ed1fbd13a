using System.Text.Json;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Tests.Hosting;

public sealed class InvocationRequestTests
{
    [Fact]
    public void QueueMessageAsPlainJsonString_IsUnwrappedToTheObject()
    {
        var request = Parse("""{"Data":{"message":"{\"submissionId\":\"abc\"}"},"Metadata":{"DequeueCount":2}}""");

        var message = request.Binding("message")!.Value;

        Assert.Equal("abc", message.GetProperty("submissionId").GetString());
        Assert.Equal(2, request.DequeueCount);
    }

    [Fact]
    public void QueueMessageJsonEncodedTwice_IsUnwrappedToTheObject()
    {
        var twice = JsonSerializer.Serialize(JsonSerializer.Serialize(new { submissionId = "abc" }));
        var request = Parse("{\"Data\":{\"message\":" + twice + "},\"Metadata\":{\"DequeueCount\":\"3\"}}");

        var message = request.Binding("message")!.Value;

        Assert.Equal("abc", message.GetProperty("submissionId").GetString());
        Assert.Equal(3, request.DequeueCount);
    }

    [Fact]
    public void QueueMessageAsObject_IsTakenAsIs()
    {
        var request = Parse("""{"Data":{"message":{"submissionId":"abc"}},"Metadata":{}}""");

        Assert.Equal("abc", request.Binding("message")!.Value.GetProperty("submissionId").GetString());
        Assert.Null(request.DequeueCount);
    }

    [Fact]
    public void PlainTextMessage_StaysAString()
    {
        var request = Parse("""{"Data":{"message":"hello"},"Metadata":{}}""");

        Assert.Equal("hello", request.Binding("message")!.Value.GetString());
    }

    [Fact]
    public void MissingBinding_IsNull()
    {
        Assert.Null(Parse("""{"Data":{},"Metadata":{}}""").Binding("message"));
        Assert.Null(Parse("""{}""").Binding("message"));
    }

    private static InvocationRequest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return InvocationRequest.Parse(document.RootElement);
    }
}
