using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IntegrationHub.Domain.ReadModels;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Daily feed files in Blob: <c>{ia}/{YYYY-MM-DD}.ndjson</c> and <c>{ia}/manifest.json</c>.</summary>
public sealed class BlobFeedFileStore(BlobServiceClient blobs, IOptions<StorageOptions> options) : IFeedFileStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private BlobContainerClient Container => blobs.GetBlobContainerClient(options.Value.FeedContainer);

    public Task WriteDayAsync(string ia, DateOnly day, Stream ndjson, CancellationToken cancellationToken) =>
        UploadAsync(DayName(ia, day), ndjson, "application/x-ndjson", cancellationToken);

    public async Task<Stream?> OpenDayAsync(string ia, DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(DayName(ia, day)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<FeedManifest?> ReadManifestAsync(string ia, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(ManifestName(ia)).DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            return await JsonSerializer.DeserializeAsync<FeedManifest>(content, Json, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task WriteManifestAsync(string ia, FeedManifest manifest, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
        await UploadAsync(ManifestName(ia), body, "application/json", cancellationToken);
    }

    private static string DayName(string ia, DateOnly day) => $"{ia}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.ndjson";

    private static string ManifestName(string ia) => $"{ia}/manifest.json";

    // A day file is rebuilt from the change log when a publication is repeated, so it replaces what is there.
    private Task UploadAsync(string name, Stream content, string contentType, CancellationToken cancellationToken) =>
        Container.GetBlobClient(name).UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, TransferOptions = StorageClientSettings.Transfer },
            cancellationToken);
}
