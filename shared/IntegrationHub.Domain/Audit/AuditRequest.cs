namespace IntegrationHub.Domain.Audit;

/// <summary>The who, when and where of one request, shared by every record the request writes.</summary>
public sealed record AuditRequest(DateTimeOffset Time, AuditActor Actor, string? ClientAddress, string? TraceId);
