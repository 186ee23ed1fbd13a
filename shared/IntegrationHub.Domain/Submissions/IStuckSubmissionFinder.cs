namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// Finds submissions that may be stranded in <c>accepted</c> or <c>processing</c>. A candidate list only: the sweeper re-reads each
/// one by point read before acting, so a finder may return stale or extra ids.
/// </summary>
public interface IStuckSubmissionFinder
{
    /// <summary>Ids of submissions not yet finished (<c>accepted</c> or <c>processing</c>) and received before <paramref name="receivedBefore"/>.</summary>
    IAsyncEnumerable<string> FindUnfinishedAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken);
}
