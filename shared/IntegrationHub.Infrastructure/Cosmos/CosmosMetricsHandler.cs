using IntegrationHub.Domain.Telemetry;
using IntegrationHub.Infrastructure.Telemetry;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// Every Cosmos request (retries included): its request units by operation and container, and a 429 or 503 answer
/// on the throttling metric.
/// </summary>
public sealed class CosmosMetricsHandler : RequestHandler
{
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken);
        var (container, operation) = CosmosOperationKind.Classify(request);
        HubMetrics.CosmosRequestCharge.Record(
            response.Headers.RequestCharge,
            HubMetrics.Tag(HubMetricTags.Operation, operation),
            HubMetrics.Tag(HubMetricTags.Container, container));
        ThrottledResponses.Record("cosmos", (int)response.StatusCode);
        return response;
    }
}
