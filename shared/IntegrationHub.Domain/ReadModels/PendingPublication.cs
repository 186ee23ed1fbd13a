namespace IntegrationHub.Domain.ReadModels;

/// <param name="Target">A hash of the entries being published, to tell whether a retry publishes the same change.</param>
public sealed record PendingPublication(string Target, DateOnly Day, DateTimeOffset At);
