using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Infrastructure.Telemetry;

/// <summary>Counts a dependency's 429 and 503 answers on <see cref="HubMetrics.Throttled"/>.</summary>
public static class ThrottledResponses
{
    public static void Record(string dependency, int status)
    {
        if (status is 429 or 503)
        {
            HubMetrics.Throttled.Add(1, HubMetrics.Tag(HubMetricTags.Dependency, dependency), HubMetrics.Tag(HubMetricTags.HttpStatus, status));
        }
    }
}
