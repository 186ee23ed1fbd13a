namespace IntegrationHub.Domain.Linkage;

/// <summary>Deterministic linkage only: a record without a known identifier is a new person.</summary>
public sealed class NoProbabilisticMatch : IPersonMatcher
{
    public Task<string?> FindAsync(MatchRecord record, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
