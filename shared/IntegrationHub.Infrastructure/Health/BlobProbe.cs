using IntegrationHub.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Health;

public sealed class BlobProbe(BlobStorageClient blobs, IOptions<StorageOptions> options) : IDependencyProbe
{
    public string Name => "blob";

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in blobs.ListBlobsAsync(options.Value.LandingContainer, "health/", 1, cancellationToken))
        {
            break;
        }
    }
}
