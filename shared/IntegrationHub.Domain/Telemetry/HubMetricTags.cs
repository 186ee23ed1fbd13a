namespace IntegrationHub.Domain.Telemetry;

/// <summary>Metric dimensions beyond the span attributes of <see cref="HubTags"/>.</summary>
public static class HubMetricTags
{
    public const string Status = "hub.status";
    public const string LinkOutcome = "hub.linkage.outcome";
    public const string Dependency = "hub.dependency";
    public const string HttpStatus = "http.response.status_code";
    public const string Operation = "db.operation.name";
    public const string Container = "db.collection.name";
    public const string Queue = "hub.queue";
}
