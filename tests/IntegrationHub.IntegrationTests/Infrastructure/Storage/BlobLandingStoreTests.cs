using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

/// <summary>The landing seam on the Storage SDK against Azurite.</summary>
public sealed class BlobLandingStoreTests
{
    private readonly string container = StorageClients.UniqueName("landing");
    private readonly BlobLandingStore store;

    public BlobLandingStoreTests()
    {
        store = new BlobLandingStore(StorageClients.Blobs(), StorageClients.Options(container, "unused"));
        StorageClients.Blobs().GetBlobContainerClient(container).CreateIfNotExists();
    }

    [Fact]
    public async Task SecondLandingOfAName_IsTheAlreadyLandedPath_AndKeepsTheFirstBody()
    {
        await store.LandAsync("fhir/a.json", Body("first"), "application/fhir+json", default);

        await store.LandAsync("fhir/a.json", Body("second"), "application/fhir+json", default);

        Assert.Equal("first", await ReadAsync("fhir/a.json"));
    }

    [Fact]
    public async Task BodyOfManyBlocks_RoundTripsByteForByte_AndIsWriteOnceToo()
    {
        // Over the 4 MiB single-request limit: staged blocks and a conditional block-list commit.
        var bytes = RandomNumberGenerator.GetBytes((9 * 1024 * 1024) + 123);
        await store.LandAsync("sc/big.csv", new MemoryStream(bytes), "text/csv", default);

        await store.LandAsync("sc/big.csv", new MemoryStream(RandomNumberGenerator.GetBytes(bytes.Length)), "text/csv", default);

        await using var landed = await store.OpenAsync("sc/big.csv", default);
        using var copy = new MemoryStream();
        await landed.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        var properties = await StorageClients.Blobs().GetBlobContainerClient(container).GetBlobClient("sc/big.csv").GetPropertiesAsync();
        Assert.Equal("text/csv", properties.Value.ContentType);
    }

    [Fact]
    public async Task NameWithSpacesAndUnicode_RoundTrips()
    {
        const string name = "folder one/Ròs Mhàiri #1.txt";

        await store.LandAsync(name, Body("ok"), "text/plain", default);

        Assert.Equal("ok", await ReadAsync(name));
    }

    [Fact]
    public async Task OpeningAMissingBody_IsLandedBodyMissing()
    {
        await Assert.ThrowsAsync<LandedBodyMissingException>(() => store.OpenAsync("nope.json", default));
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(string path)
    {
        await using var body = await store.OpenAsync(path, default);
        using var reader = new StreamReader(body);
        return await reader.ReadToEndAsync();
    }
}
