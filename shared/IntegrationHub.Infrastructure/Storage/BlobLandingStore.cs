using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Landing on Blob: write-once, so an accepted body can never be overwritten.</summary>
public sealed class BlobLandingStore(BlobServiceClient blobs, IOptions<StorageOptions> options) : ILandingStore
{
    private BlobContainerClient Container => blobs.GetBlobContainerClient(options.Value.LandingContainer);

    public async Task LandAsync(string path, Stream body, string contentType, CancellationToken cancellationToken)
    {
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            TransferOptions = StorageClientSettings.Transfer,
        };
        try
        {
            await Container.GetBlobClient(path).UploadAsync(body, upload, cancellationToken);
        }
        catch (RequestFailedException ex) when (IsAlreadyThere(ex))
        {
            // The path holds the body hash: what is there is this same body, landed by an earlier attempt.
        }
    }

    public async Task<Stream> OpenAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var download = await Container.GetBlobClient(path).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new LandedBodyMissingException($"landed body {options.Value.LandingContainer}/{path} is missing", ex);
        }
    }

    // If-None-Match: * on an existing blob is answered 409 BlobAlreadyExists by a single Put Blob and may be
    // 412 on the block list commit of a large body; both mean "already there".
    private static bool IsAlreadyThere(RequestFailedException ex) =>
        ex.ErrorCode == BlobErrorCode.BlobAlreadyExists || ex.Status == 412;
}
