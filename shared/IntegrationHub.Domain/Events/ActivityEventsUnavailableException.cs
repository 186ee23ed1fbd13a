namespace IntegrationHub.Domain.Events;

/// <summary>The event channel did not answer (an outage, a timeout): wait and send again, nothing is wrong with the entries.</summary>
public sealed class ActivityEventsUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
