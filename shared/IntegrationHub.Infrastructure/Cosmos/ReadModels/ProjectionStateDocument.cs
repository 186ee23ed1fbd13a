using IntegrationHub.Domain.Events;
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

    /// <summary>The event outbox (absent in documents written before live events: read as empty).</summary>
    public IReadOnlyList<FeedEntry>? Unsent { get; init; }

    /// <summary>The trace context of the projection that last added to the outbox (W3C traceparent).</summary>
    public string? UnsentTraceParent { get; init; }

    public IReadOnlyList<PoisonedEvent>? Poisoned { get; init; }

    public string? SendError { get; init; }

    public static ProjectionStateDocument From(ProjectionState state) => new()
    {
        PersonId = state.PersonId,
        Entries = state.Entries,
        Pending = state.Pending,
        Unsent = state.Unsent,
        UnsentTraceParent = state.UnsentTraceParent,
        Poisoned = state.Poisoned,
        SendError = state.SendError,
    };

    public ProjectionState ToState(string? etag) => new()
    {
        PersonId = PersonId,
        Entries = Entries,
        Pending = Pending,
        Unsent = Unsent ?? [],
        UnsentTraceParent = UnsentTraceParent,
        Poisoned = Poisoned ?? [],
        SendError = SendError,
        ETag = etag,
    };
}
