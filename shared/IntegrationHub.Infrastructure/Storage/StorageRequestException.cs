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

    public StorageRequestException(int status, string? errorCode, string message)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        Kind = status switch
        {
            409 => StorageErrorKind.Conflict,
            404 => StorageErrorKind.NotFound,
            412 => StorageErrorKind.PreconditionFailed,
            429 or 503 => StorageErrorKind.Throttled,
            401 or 403 => StorageErrorKind.Unauthorized,
            _ => StorageErrorKind.Other,
        };
    }

    public StorageRequestException(int status, string? errorCode, string message, Exception innerException)
        : this(status, errorCode, message, innerException, unavailable: true)
    {
    }

    private StorageRequestException(int status, string? errorCode, string message, Exception innerException, bool unavailable)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        Kind = unavailable ? StorageErrorKind.Unavailable : StorageErrorKind.Other;
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public StorageErrorKind Kind { get; }
}
