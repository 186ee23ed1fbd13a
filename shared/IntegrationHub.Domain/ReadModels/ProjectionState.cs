namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// Per person (stored in the person's partition): what the read models hold for them, and the publication in
/// progress. The pending publication is written before any read model is touched, so a projection that dies
/// half-way is finished by its retry with the same day, time and entry ids — nothing lost, nothing doubled.
/// </summary>
public sealed record ProjectionState
{
    public required string PersonId { get; init; }

    public IReadOnlyList<ProjectedEntry> Entries { get; init; } = [];

    public PendingPublication? Pending { get; init; }

    public string? ETag { get; init; }
}
