using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.Cosmos.ReadModels;

/// <summary>A person's projection state, in the person's own partition of <c>persons</c> (id <c>projection</c>).</summary>
public sealed record ProjectionStateDocument
{
    public const string DocumentId = "projection";

    public string Id { get; init; } = DocumentId;

    public required string PersonId { get; init; }

    public string Type { get; init; } = "projection";

    public int Version { get; init; } = 1;

    public IReadOnlyList<ProjectedEntry> Entries { get; init; } = [];

    public PendingPublication? Pending { get; init; }

    public static ProjectionStateDocument From(ProjectionState state) => new() { PersonId = state.PersonId, Entries = state.Entries, Pending = state.Pending };

    public ProjectionState ToState(string? etag) => new() { PersonId = PersonId, Entries = Entries, Pending = Pending, ETag = etag };
}
