using IntegrationHub.Domain.Linkage.Online;

namespace IntegrationHub.Domain.Linkage;

/// <summary>Probabilistic linkage of a record that no identifier resolved (DESIGN §6).</summary>
public interface IPersonMatcher
{
    Task<MatchOutcome> FindAsync(MatchRequest request, CancellationToken cancellationToken);

    /// <summary>Files the record's demographics under <paramref name="personId"/> so later records can find them.</summary>
    Task IndexAsync(MatchRequest request, string personId, CancellationToken cancellationToken);

    /// <summary>Takes the record's filed demographics away from <paramref name="personId"/> (a merge moves them).</summary>
    Task UnindexAsync(MatchRequest request, string personId, CancellationToken cancellationToken);

    /// <summary>A key that only an exactly equal record shares; see <see cref="ProbabilisticMatcher.ExactKey"/>.</summary>
    string? ExactKey(MatchRequest request);
}
