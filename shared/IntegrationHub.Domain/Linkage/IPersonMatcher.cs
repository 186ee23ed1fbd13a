namespace IntegrationHub.Domain.Linkage;

/// <summary>
/// The seam for probabilistic linkage: given demographics, the person they belong to, or null for a new person.
/// The linkage engine fills it; until then <see cref="NoProbabilisticMatch"/> makes every such record a new person.
/// </summary>
public interface IPersonMatcher
{
    Task<string?> FindAsync(MatchRecord record, CancellationToken cancellationToken);
}
