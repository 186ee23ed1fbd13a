namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>Review items (Cosmos <c>reviews</c>, partition = IA).</summary>
public interface IReviewStore
{
    /// <summary>Creates the item unless one with its id exists (a retried record raises it once).</summary>
    Task CreateAsync(ReviewItem item, CancellationToken cancellationToken);

    Task<ReviewItem?> GetAsync(string ia, string id, CancellationToken cancellationToken);

    /// <summary>The IA's open items, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<ReviewItem>> ListOpenAsync(string ia, int max, CancellationToken cancellationToken);

    /// <summary>Replaces the item only if unchanged since read; null when someone else changed it first.</summary>
    Task<ReviewItem?> TrySaveAsync(ReviewItem item, CancellationToken cancellationToken);
}
