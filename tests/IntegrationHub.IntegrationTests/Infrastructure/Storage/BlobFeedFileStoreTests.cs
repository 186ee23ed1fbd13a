using System.Text;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

/// <summary>The feed file seam on the Storage SDK against Azurite.</summary>
public sealed class BlobFeedFileStoreTests
{
    private const string Ia = "S37000034";
    private static readonly DateOnly Day = new(2026, 11, 21);
    private readonly string container = StorageClients.UniqueName("feeds");
    private readonly BlobFeedFileStore store;

    public BlobFeedFileStoreTests()
    {
        store = new BlobFeedFileStore(StorageClients.Blobs(), StorageClients.Options("unused", container));
        StorageClients.Blobs().GetBlobContainerClient(container).CreateIfNotExists();
    }

    [Fact]
    public async Task DayFile_IsWrittenAsNdjson_AndARepublicationReplacesIt()
    {
        await store.WriteDayAsync(Ia, Day, Body("{\"a\":1}\n"), default);
        await store.WriteDayAsync(Ia, Day, Body("{\"a\":2}\n"), default);

        await using var file = await store.OpenDayAsync(Ia, Day, default);
        using var reader = new StreamReader(file!);
        Assert.Equal("{\"a\":2}\n", await reader.ReadToEndAsync());
        var properties = await StorageClients.Blobs().GetBlobContainerClient(container).GetBlobClient($"{Ia}/2026-11-21.ndjson").GetPropertiesAsync();
        Assert.Equal("application/x-ndjson", properties.Value.ContentType);
    }

    [Fact]
    public async Task Manifest_RoundTrips()
    {
        var manifest = new FeedManifest(new DateTimeOffset(2026, 11, 22, 2, 30, 0, TimeSpan.Zero), [new FeedFile(Day, 3)]);

        await store.WriteManifestAsync(Ia, manifest, default);
        var read = await store.ReadManifestAsync(Ia, default);

        Assert.NotNull(read);
        Assert.Equal(manifest.TransactionTime, read.TransactionTime);
        Assert.Equal(manifest.Files.Single(), read.Files.Single());
    }

    [Fact]
    public async Task NothingPublished_IsNull()
    {
        Assert.Null(await store.OpenDayAsync(Ia, Day, default));
        Assert.Null(await store.ReadManifestAsync(Ia, default));
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));
}
