using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// How every Blob and Queue client of the hub is configured: the app's registration, the CLI and the tests all
/// take their options from here, so they agree on retries, outage translation and the queue message encoding.
/// </summary>
public static class StorageClientSettings
{
    /// <summary>
    /// Queue messages are Base64 on the wire: the Azure Functions queue trigger's default (host.json
    /// <c>extensions.queues.messageEncoding</c> says the same), so every producer and consumer uses this.
    /// </summary>
    public const QueueMessageEncoding MessageEncoding = QueueMessageEncoding.Base64;

    /// <summary>
    /// Uploads: bodies up to 4 MiB in one request, larger ones as 4 MiB blocks with two in flight, so a 64 MiB
    /// extract costs the app a few blocks of memory, never the whole body.
    /// </summary>
    public static StorageTransferOptions Transfer => new()
    {
        InitialTransferSize = 4 * 1024 * 1024,
        MaximumTransferSize = 4 * 1024 * 1024,
        MaximumConcurrency = 2,
    };

    public static BlobClientOptions Blobs() => Configure(new BlobClientOptions());

    public static QueueClientOptions Queues() => Configure(new QueueClientOptions());

    public static BlobClientOptions Configure(BlobClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConfigureRetry(options.Retry);
        options.AddPolicy(new StorageOutagePolicy("blob"), HttpPipelinePosition.PerCall);
        options.AddPolicy(new StorageThrottlingPolicy("blob"), HttpPipelinePosition.PerRetry);
        return options;
    }

    public static QueueClientOptions Configure(QueueClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConfigureRetry(options.Retry);
        options.MessageEncoding = MessageEncoding;
        options.AddPolicy(new StorageOutagePolicy("queue"), HttpPipelinePosition.PerCall);
        options.AddPolicy(new StorageThrottlingPolicy("queue"), HttpPipelinePosition.PerRetry);
        return options;
    }

    // A request path (accept answers 202 only after Blob and Queue) must give up in about a second and a half when
    // storage is down, so the sender gets its 503 + Retry-After promptly; three quick retries ride over a blip.
    // The network timeout bounds one request (a 4 MiB block on a slow link), not a whole upload.
    private static void ConfigureRetry(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 3;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(5);
        retry.NetworkTimeout = TimeSpan.FromSeconds(60);
    }
}
