namespace IntegrationHub.Domain.Audit;

/// <summary>
/// The append-only audit trail. There is deliberately no update, replace or delete: nothing the app does can
/// change what it has recorded. An append that fails throws, so the caller answers 503 instead of the data.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records every entry, or throws <c>AuditUnavailableException</c>.</summary>
    Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);

    /// <summary>One day's records (one partition), oldest first, narrowed to an actor subject and a target when given.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadDayAsync(DateOnly day, string? actor, string? target, CancellationToken cancellationToken);
}
