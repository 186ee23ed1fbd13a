using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

public sealed class BlobStorageClientTests
{
    private readonly BlobStorageClient blobs = new(StorageClients.Transport()) { SinglePutLimit = 64 * 1024 };
    private readonly string container = StorageClients.UniqueName("blobs");

    [Fact]
    public async Task WriteOncePut_ThenSecondPut_IsConflictAndKeepsTheFirstBody()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        await blobs.PutBlobAsync(container, "a/b.json", Body("first"), "application/json", overwrite: false, default);

        var error = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blobs.PutBlobAsync(container, "a/b.json", Body("second"), "application/json", overwrite: false, default));

        Assert.Equal(StorageErrorKind.Conflict, error.Kind);
        Assert.Equal("first", await ReadAsync("a/b.json"));
    }

    [Fact]
    public async Task OverwritePut_ReplacesTheBody()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        await blobs.PutBlobAsync(container, "x.txt", Body("one"), "text/plain", overwrite: true, default);

        await blobs.PutBlobAsync(container, "x.txt", Body("two"), "text/plain", overwrite: true, default);

        Assert.Equal("two", await ReadAsync("x.txt"));
    }

    [Fact]
    public async Task BodyAboveTheSinglePutLimit_GoesAsBlocksAndRoundTripsByteForByte()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        var bytes = RandomNumberGenerator.GetBytes((64 * 1024 * 3) + 123);

        await blobs.PutBlobAsync(container, "big.bin", new MemoryStream(bytes), "application/octet-stream", overwrite: false, default);

        await using var download = await blobs.GetBlobAsync(container, "big.bin", default);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(bytes.Length, download.Properties.Length);
        Assert.Equal("application/octet-stream", download.Properties.ContentType);
    }

    [Fact]
    public async Task WriteOnceBlockUpload_OverAnExistingBlob_IsConflict()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        var bytes = RandomNumberGenerator.GetBytes(64 * 1024 * 2);
        await blobs.PutBlobAsync(container, "big.bin", new MemoryStream(bytes), "application/octet-stream", overwrite: false, default);

        var error = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blobs.PutBlobAsync(container, "big.bin", new MemoryStream(bytes), "application/octet-stream", overwrite: false, default));

        Assert.Equal(StorageErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task Properties_ReportLengthTypeAndETag()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        await blobs.PutBlobAsync(container, "p.csv", Body("a,b\n1,2\n"), "text/csv", overwrite: false, default);

        var properties = await blobs.GetPropertiesAsync(container, "p.csv", default);

        Assert.Equal(8, properties.Length);
        Assert.Equal("text/csv", properties.ContentType);
        Assert.False(string.IsNullOrEmpty(properties.ETag));
        Assert.NotNull(properties.LastModified);
    }

    [Fact]
    public async Task ListByPrefix_FollowsContinuationAcrossPages()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        for (var i = 0; i < 5; i++)
        {
            await blobs.PutBlobAsync(container, $"day/2026-11-0{i}.ndjson", Body("{}"), "application/x-ndjson", overwrite: false, default);
        }

        await blobs.PutBlobAsync(container, "other/x", Body("{}"), "text/plain", overwrite: false, default);

        var names = new List<string>();
        await foreach (var item in blobs.ListBlobsAsync(container, "day/", pageSize: 2))
        {
            names.Add(item.Name);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"day/2026-11-0{i}.ndjson"), names);
    }

    [Fact]
    public async Task MissingBlob_IsNotFound()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);

        var get = await Assert.ThrowsAsync<StorageRequestException>(() => blobs.GetBlobAsync(container, "nope", default));
        var head = await Assert.ThrowsAsync<StorageRequestException>(() => blobs.GetPropertiesAsync(container, "nope", default));

        Assert.Equal(StorageErrorKind.NotFound, get.Kind);
        Assert.Equal(StorageErrorKind.NotFound, head.Kind);
    }

    [Fact]
    public async Task CreateContainerTwice_IsFine()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        await blobs.CreateContainerIfNotExistsAsync(container, default);
    }

    [Fact]
    public async Task Delete_RemovesTheBlob()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        await blobs.PutBlobAsync(container, "d", Body("x"), "text/plain", overwrite: false, default);

        await blobs.DeleteBlobAsync(container, "d", default);

        Assert.Equal(StorageErrorKind.NotFound, (await Assert.ThrowsAsync<StorageRequestException>(() => blobs.GetPropertiesAsync(container, "d", default))).Kind);
    }

    [Fact]
    public async Task NameWithSpacesAndUnicode_RoundTrips()
    {
        await blobs.CreateContainerIfNotExistsAsync(container, default);
        const string name = "folder one/Ròs Mhàiri #1.txt";

        await blobs.PutBlobAsync(container, name, Body("ok"), "text/plain", overwrite: false, default);

        Assert.Equal("ok", await ReadAsync(name));
        await foreach (var item in blobs.ListBlobsAsync(container, "folder one/"))
        {
            Assert.Equal(name, item.Name);
        }
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(string name)
    {
        await using var download = await blobs.GetBlobAsync(container, name, default);
        using var reader = new StreamReader(download.Content);
        return await reader.ReadToEndAsync();
    }
}
