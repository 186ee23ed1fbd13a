namespace IntegrationHub.Domain.People;

/// <summary>
/// Claims of identifiers by people (Cosmos <c>identifiers</c>): <c>chi|…</c>, <c>src|org|system|value</c>, … .
/// A claim is created, never overwritten, so two workers can never give one identifier to two people.
/// </summary>
public interface IIdentifierIndex
{
    Task<string?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Claims <paramref name="key"/> for <paramref name="personId"/>; returns the owner, which is someone else when they claimed it first.</summary>
    Task<string> ClaimAsync(string key, string personId, CancellationToken cancellationToken);

    /// <summary>Moves <paramref name="key"/> from <paramref name="fromPersonId"/> to <paramref name="toPersonId"/> (a merge); a key someone else holds is left alone.</summary>
    Task RepointAsync(string key, string fromPersonId, string toPersonId, CancellationToken cancellationToken);
}
