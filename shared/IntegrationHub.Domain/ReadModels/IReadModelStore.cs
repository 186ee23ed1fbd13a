namespace IntegrationHub.Domain.ReadModels;

/// <summary>The IA read models: <c>ia-activity</c> (current state by IA and month) and <c>ia-feed</c> (changes by IA and day).</summary>
public interface IReadModelStore
{
    Task UpsertActivityAsync(string partition, IaActivity activity, CancellationToken cancellationToken);

    /// <summary>Removes a copy; nothing happens when it is not there.</summary>
    Task DeleteActivityAsync(string partition, string activityId, CancellationToken cancellationToken);

    Task UpsertFeedEntryAsync(string ia, FeedEntry entry, CancellationToken cancellationToken);

    Task<ActivityPage> ReadActivitiesAsync(string partition, string? kind, string? continuation, int pageSize, CancellationToken cancellationToken);

    IAsyncEnumerable<IaActivity> ReadAllActivitiesAsync(string partition, CancellationToken cancellationToken);

    IAsyncEnumerable<FeedEntry> ReadFeedAsync(string ia, DateOnly day, CancellationToken cancellationToken);
}
