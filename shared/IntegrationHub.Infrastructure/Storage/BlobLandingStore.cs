using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Landing on Blob: write-once, so an accepted body can never be overwritten.</summary>
public sealed class BlobLandingStore(BlobStorageClient blobs, IOptions<StorageOptions> options) : ILandingStore
{
    private string Container => options.Value.LandingContainer;

    public async Task LandAsync(string path, Stream body, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.PutBlobAsync(Container, path, body, contentType, overwrite: false, cancellationToken);
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.Conflict)
        {
            // The path holds the body hash: what is there is this same body, landed by an earlier attempt.
        }
    }

    public async Task<Stream> OpenAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var download = await blobs.GetBlobAsync(Container, path, cancellationToken);
            return download.Content;
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.NotFound)
        {
            throw new LandedBodyMissingException($"landed body {Container}/{path} is missing", ex);
        }
    }
}
