using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.IntegrationTests.ReadModels;

/// <summary>
/// The real read model store, except that after a number of writes it stops answering, as a process does when it
/// is killed; the test then really stops the app. Reads and the writes before that point go to Cosmos.
/// </summary>
public sealed class HangingReadModelStore(IReadModelStore inner, int writesBeforeHang) : IReadModelStore
{
    private int writes;

    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task UpsertActivityAsync(string partition, IaActivity activity, CancellationToken cancellationToken)
    {
        await GateAsync(cancellationToken);
        await inner.UpsertActivityAsync(partition, activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(string partition, string activityId, CancellationToken cancellationToken)
    {
        await GateAsync(cancellationToken);
        await inner.DeleteActivityAsync(partition, activityId, cancellationToken);
    }

    public async Task UpsertFeedEntryAsync(string ia, FeedEntry entry, CancellationToken cancellationToken)
    {
        await GateAsync(cancellationToken);
        await inner.UpsertFeedEntryAsync(ia, entry, cancellationToken);
    }

    public Task<ActivityPage> ReadActivitiesAsync(string partition, string? kind, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        inner.ReadActivitiesAsync(partition, kind, continuation, pageSize, cancellationToken);

    public IAsyncEnumerable<IaActivity> ReadAllActivitiesAsync(string partition, CancellationToken cancellationToken) => inner.ReadAllActivitiesAsync(partition, cancellationToken);

    public IAsyncEnumerable<FeedEntry> ReadFeedAsync(string ia, DateOnly day, CancellationToken cancellationToken) => inner.ReadFeedAsync(ia, day, cancellationToken);

    private async Task GateAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref writes) > writesBeforeHang)
        {
            Hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
