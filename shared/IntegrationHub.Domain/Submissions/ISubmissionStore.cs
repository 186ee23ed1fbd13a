namespace IntegrationHub.Domain.Submissions;

/// <summary>Durable submission documents (Cosmos container <c>submissions</c>, partition key <c>/id</c>).</summary>
public interface ISubmissionStore
{
    /// <summary>
    /// Stores a new submission. When one with the same id already exists it is left untouched and returned
    /// instead (<see cref="CreateSubmissionResult.Created"/> false): that is how a retried request is recognised.
    /// </summary>
    Task<CreateSubmissionResult> CreateAsync(Submission submission, CancellationToken cancellationToken);

    Task<Submission?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the document if its ETag still equals <paramref name="submission"/>.ETag; returns the stored
    /// version with its new ETag, or null when someone else changed it first (the caller re-reads and decides).
    /// </summary>
    Task<Submission?> TryReplaceAsync(Submission submission, CancellationToken cancellationToken);
}
