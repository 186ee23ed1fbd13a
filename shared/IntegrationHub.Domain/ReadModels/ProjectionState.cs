using IntegrationHub.Domain.Events;

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

    /// <summary>
    /// The event outbox: feed entries written but not yet sent as events, in the order written. Recorded by the same
    /// write that finishes the projection, so an entry in the feed is never missing here; emptied by the sender.
    /// </summary>
    public IReadOnlyList<FeedEntry> Unsent { get; init; } = [];

    /// <summary>The W3C trace context of the projection that last added to <see cref="Unsent"/>, for the publication's span.</summary>
    public string? UnsentTraceParent { get; init; }

    /// <summary>Events that kept failing, set aside with the reason (the sender's poison state).</summary>
    public IReadOnlyList<PoisonedEvent> Poisoned { get; init; } = [];

    /// <summary>The last refusal of the event channel, kept until the next successful send (the poison reason).</summary>
    public string? SendError { get; init; }

    public string? ETag { get; init; }
}
