using IntegrationHub.Domain.Linkage.Online;

namespace IntegrationHub.Domain.Linkage;

/// <summary>Probabilistic linkage of a record that no identifier resolved (DESIGN §6).</summary>
public interface IPersonMatcher
{
    /// <summary>Normalises the record and works out its keys, once for everything below.</summary>
    MatchSubject Prepare(MatchRequest request);

    Task<MatchOutcome> FindAsync(MatchSubject subject, CancellationToken cancellationToken);

    /// <summary>Files the record's demographics under <paramref name="personId"/> so later records can find them.</summary>
    Task IndexAsync(MatchSubject subject, string personId, CancellationToken cancellationToken);

    /// <summary>Takes the record's filed demographics away from <paramref name="personId"/> (a merge moves them).</summary>
    Task UnindexAsync(MatchSubject subject, string personId, CancellationToken cancellationToken);
}
