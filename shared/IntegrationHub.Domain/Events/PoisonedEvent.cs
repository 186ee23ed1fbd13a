using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Events;

/// <summary>A feed entry whose event kept failing: kept with the reason, in the person's projection state, for an operator.</summary>
public sealed record PoisonedEvent(FeedEntry Entry, string Reason, DateTimeOffset At);
