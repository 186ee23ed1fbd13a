namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>A telemetry hub whose projection is switched off, so changes wait on the <c>project</c> queue and its backlog and lag show.</summary>
public sealed class BacklogTelemetryHub()
    : TelemetryHub(new Dictionary<string, string?>(StringComparer.Ordinal) { ["AzureWebJobs.ProjectPerson.Disabled"] = "true" });
