namespace IntegrationHub.Infrastructure.Audit;

/// <summary>
/// The audit trail could not record an access, for whatever reason (store down, container gone, throttled). The
/// edge answers 503 naming <c>audit</c>: an identifiable answer never leaves the app unrecorded.
/// </summary>
public sealed class AuditUnavailableException(string message, Exception inner) : Exception(message, inner);
