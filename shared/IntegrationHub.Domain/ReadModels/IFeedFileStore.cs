namespace IntegrationHub.Domain.ReadModels;

/// <summary>The daily feed files (Blob container <c>feeds</c>: <c>{ia}/{day}.ndjson</c> and <c>{ia}/manifest.json</c>).</summary>
public interface IFeedFileStore
{
    Task WriteDayAsync(string ia, DateOnly day, Stream ndjson, CancellationToken cancellationToken);

    /// <summary>The day's file, or null when none was published.</summary>
    Task<Stream?> OpenDayAsync(string ia, DateOnly day, CancellationToken cancellationToken);

    Task<FeedManifest?> ReadManifestAsync(string ia, CancellationToken cancellationToken);

    Task WriteManifestAsync(string ia, FeedManifest manifest, CancellationToken cancellationToken);
}
