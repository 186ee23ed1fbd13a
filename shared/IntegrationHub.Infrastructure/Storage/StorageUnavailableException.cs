namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// Blob or Queue storage did not answer usefully after the SDK's retries (unreachable, timed out, throttled or a
/// server error). Raised only by <see cref="StorageOutagePolicy"/>; the HTTP edge turns it into 503 naming
/// <see cref="Service"/>.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageUnavailableException(string service, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Service = service;
    }

    /// <summary>Which service failed, named as /api/health names it: <c>blob</c> or <c>queue</c>.</summary>
    public string Service { get; } = "storage";
}
