using Azure.Core;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Azure.Core client options (retries, transport, diagnostics) for the hub's storage client.</summary>
public sealed class StorageClientOptions : ClientOptions
{
    public StorageClientOptions()
    {
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(200);
        Retry.MaxDelay = TimeSpan.FromSeconds(5);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }
}
