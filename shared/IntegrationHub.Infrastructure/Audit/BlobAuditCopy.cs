using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IntegrationHub.Infrastructure.Cosmos;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Audit;

/// <summary>
/// The second copy: one write-once blob per record (<c>{day}/{id}.json</c>). In Azure its container is immutable for
/// the retention period, so this copy outlives anything done to the Cosmos one with the app's own rights.
/// </summary>
public sealed class BlobAuditCopy(BlobServiceClient blobs, IOptions<AuditOptions> options)
{
    public BlobContainerClient Container => blobs.GetBlobContainerClient(options.Value.BlobContainer);

    public async Task WriteAsync(AuditDocument document, CancellationToken cancellationToken)
    {
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(document, CosmosJsonSerializer.Options));
        await Container.GetBlobClient($"{document.Day}/{document.Id}.json").UploadAsync(content, upload, cancellationToken);
    }
}
