using Azure.Storage.Blobs;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Health;

/// <summary>Blob answers when the landing container's properties can be read (one cheap request).</summary>
public sealed class BlobProbe(BlobServiceClient blobs, IOptions<StorageOptions> options) : IDependencyProbe
{
    public string Name => "blob";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        blobs.GetBlobContainerClient(options.Value.LandingContainer).GetPropertiesAsync(cancellationToken: cancellationToken);
}
