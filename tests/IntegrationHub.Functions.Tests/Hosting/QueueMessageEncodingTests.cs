using System.Text.Json;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Functions.Tests.Hosting;

public sealed class QueueMessageEncodingTests
{
    [Fact]
    public void HostJson_DecodesQueueMessagesAsTheProducersEncodeThem()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));

        var encoding = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString();

        Assert.Equal("base64", encoding);
        Assert.Equal(encoding, StorageClientSettings.MessageEncoding.ToString(), StringComparer.OrdinalIgnoreCase);
    }
}
