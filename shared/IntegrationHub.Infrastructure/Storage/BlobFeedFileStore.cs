using System.Globalization;
using System.Text.Json;
using IntegrationHub.Domain.ReadModels;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Daily feed files in Blob: <c>{ia}/{YYYY-MM-DD}.ndjson</c> and <c>{ia}/manifest.json</c>.</summary>
public sealed class BlobFeedFileStore(BlobStorageClient blobs, IOptions<StorageOptions> options) : IFeedFileStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Container => options.Value.FeedContainer;

    public Task WriteDayAsync(string ia, DateOnly day, Stream ndjson, CancellationToken cancellationToken) =>
        blobs.PutBlobAsync(Container, DayName(ia, day), ndjson, "application/x-ndjson", overwrite: true, cancellationToken);

    public async Task<Stream?> OpenDayAsync(string ia, DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            return (await blobs.GetBlobAsync(Container, DayName(ia, day), cancellationToken)).Content;
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task<FeedManifest?> ReadManifestAsync(string ia, CancellationToken cancellationToken)
    {
        try
        {
            var download = await blobs.GetBlobAsync(Container, ManifestName(ia), cancellationToken);
            await using var content = download.Content;
            return await JsonSerializer.DeserializeAsync<FeedManifest>(content, Json, cancellationToken);
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.NotFound)
        {
            return null;
        }
    }

    public async Task WriteManifestAsync(string ia, FeedManifest manifest, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
        await blobs.PutBlobAsync(Container, ManifestName(ia), body, "application/json", overwrite: true, cancellationToken);
    }

    private static string DayName(string ia, DateOnly day) => $"{ia}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.ndjson";

    private static string ManifestName(string ia) => $"{ia}/manifest.json";
}
