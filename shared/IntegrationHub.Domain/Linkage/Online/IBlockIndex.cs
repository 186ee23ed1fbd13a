namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>The blocking index of the online matcher (Cosmos <c>blocks</c>): single-partition reads and point writes only.</summary>
public interface IBlockIndex
{
    /// <summary>At most <paramref name="max"/> entries filed under <paramref name="blockKey"/>.</summary>
    Task<IReadOnlyList<BlockEntry>> FindAsync(string blockKey, int max, CancellationToken cancellationToken);

    /// <summary>Creates or overwrites the entry (same key, person and fingerprint).</summary>
    Task FileAsync(BlockEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes the entry if present.</summary>
    Task RemoveAsync(string blockKey, string personId, string fingerprint, CancellationToken cancellationToken);
}
