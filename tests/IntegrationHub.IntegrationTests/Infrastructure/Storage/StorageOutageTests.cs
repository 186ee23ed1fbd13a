using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Storage;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

/// <summary>
/// Storage that does not answer: every seam fails with the one outage type, naming the service, after the
/// SDK's retries, which the HTTP edge turns into 503 (DependencyUnavailableHandler).
/// </summary>
public sealed class StorageOutageTests
{
    private readonly string connection = Unreachable();

    [Fact]
    public async Task Landing_IsBlobUnavailable()
    {
        var store = new BlobLandingStore(new BlobServiceClient(connection, StorageClientSettings.Blobs()), StorageClients.Options("landing", "feeds"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.LandAsync("a.json", new MemoryStream(Encoding.UTF8.GetBytes("{}")), "application/json", default));

        Assert.Equal("blob", DependencyFailures.UnavailableDependency(error));
    }

    [Fact]
    public async Task FeedFileRead_IsBlobUnavailable()
    {
        var store = new BlobFeedFileStore(new BlobServiceClient(connection, StorageClientSettings.Blobs()), StorageClients.Options("landing", "feeds"));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.ReadManifestAsync("S37000034", default));

        Assert.Equal("blob", DependencyFailures.UnavailableDependency(error));
    }

    [Fact]
    public async Task Enqueue_IsQueueUnavailable()
    {
        var sender = new StorageWorkQueue(new QueueServiceClient(connection, StorageClientSettings.Queues()));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => sender.EnqueueAsync("ingest", "{}", default));

        Assert.Equal("queue", DependencyFailures.UnavailableDependency(error));
    }

    [Fact]
    public async Task NotFound_IsNotAnOutage()
    {
        var sender = new StorageWorkQueue(StorageClients.Queues());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => sender.EnqueueAsync(StorageClients.UniqueName("missing"), "{}", default));

        Assert.Null(DependencyFailures.UnavailableDependency(error));
    }

    /// <summary>Azurite's account on a free loopback port that nothing listens on.</summary>
    private static string Unreachable()
    {
        var port = FreePort.Next();
        return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + LocalEmulators.AzuriteAccountKey
            + $";BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }
}
