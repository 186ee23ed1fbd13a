using System.Text;
using Azure.Storage.Queues;
using IntegrationHub.Infrastructure.Storage;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

/// <summary>The queue sender seam on the Storage SDK against Azurite, and the encoding it writes.</summary>
public sealed class StorageWorkQueueTests
{
    private readonly string queue = StorageClients.UniqueName("q");
    private readonly StorageWorkQueue sender = new(StorageClients.Queues());

    public StorageWorkQueueTests() => StorageClients.Queues().GetQueueClient(queue).CreateIfNotExists();

    [Fact]
    public async Task SentJson_IsBase64OnTheWire_AsTheFunctionsQueueTriggerReadsIt()
    {
        const string json = """{"submissionId":"a<b>&c'd\"e","note":"ünïcode ✓"}""";

        await sender.EnqueueAsync(queue, json, default);

        // A client that does not decode sees what the Functions host sees: Base64 of the UTF-8 JSON.
        var raw = new QueueClient(LocalEmulators.Shared.StorageConnectionString, queue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var message = Assert.Single((await raw.PeekMessagesAsync(32)).Value);
        Assert.Equal(json, Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString())));
    }

    [Fact]
    public async Task SentJson_IsReadBackExactlyByTheAppsClients()
    {
        const string json = """{"personId":"p-1"}""";

        await sender.EnqueueAsync(queue, json, default);

        var message = Assert.Single((await StorageClients.Queues().GetQueueClient(queue).ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).Value);
        Assert.Equal(json, message.Body.ToString());
        Assert.Equal(1, message.DequeueCount);
    }
}
