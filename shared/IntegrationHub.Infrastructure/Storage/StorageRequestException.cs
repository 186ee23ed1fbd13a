namespace IntegrationHub.Infrastructure.Storage;

/// <summary>A failed Blob or Queue request, translated once inside the client so callers match on a kind, not a status.</summary>
public sealed class StorageRequestException : Exception
{
    public StorageRequestException()
    {
    }

    public StorageRequestException(string message)
        : base(message)
    {
    }

    public StorageRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="status">The HTTP status; 0 when the service gave no answer at all.</param>
    public StorageRequestException(int status, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        Kind = status switch
        {
            0 => StorageErrorKind.Unavailable,
            409 => StorageErrorKind.Conflict,
            404 => StorageErrorKind.NotFound,
            412 => StorageErrorKind.PreconditionFailed,
            429 or 503 => StorageErrorKind.Throttled,
            401 or 403 => StorageErrorKind.Unauthorized,
            _ => StorageErrorKind.Other,
        };
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public StorageErrorKind Kind { get; }

    /// <summary>Which service failed, named as /api/health names it: <c>blob</c> or <c>queue</c>.</summary>
    public string Service { get; init; } = "storage";
}
