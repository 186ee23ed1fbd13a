namespace IntegrationHub.Domain.Submissions;

/// <summary>Write-once storage of raw submitted bodies (Blob container <c>landing</c>).</summary>
public interface ILandingStore
{
    /// <summary>
    /// Stores the body under <paramref name="path"/> unless something is already there. A body already present
    /// is the earlier attempt of the same request (the path contains the body hash), so it is not an error.
    /// </summary>
    Task LandAsync(string path, Stream body, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens a landed body for reading; throws <see cref="LandedBodyMissingException"/> when absent.</summary>
    Task<Stream> OpenAsync(string path, CancellationToken cancellationToken);
}
