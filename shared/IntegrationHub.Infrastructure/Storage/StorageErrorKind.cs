namespace IntegrationHub.Infrastructure.Storage;

public enum StorageErrorKind
{
    Other,
    Conflict,
    NotFound,
    PreconditionFailed,
    Throttled,
    Unauthorized,

    /// <summary>No answer: the service is down or unreachable after the pipeline's retries.</summary>
    Unavailable,
}
