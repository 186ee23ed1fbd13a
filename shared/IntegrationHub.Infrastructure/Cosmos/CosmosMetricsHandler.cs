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
        HubMetrics.CosmosRequestCharge.Record(
            response.Headers.RequestCharge,
            HubMetrics.Tag(HubMetricTags.Operation, Operation(request)),
            HubMetrics.Tag(HubMetricTags.Container, Container(request.RequestUri)));
        ThrottledResponses.Record("cosmos", (int)response.StatusCode);
        return response;
    }

    /// <summary>The kind of operation, from the method and the SDK's headers (the request's own operation type is internal).</summary>
    private static string Operation(RequestMessage request) => request.Method.Method switch
    {
        "GET" => "read",
        "PUT" => "replace",
        "DELETE" => "delete",
        "PATCH" => "patch",
        "POST" when IsSet(request, "x-ms-documentdb-isquery") || request.Headers.ContentType?.Contains("query", StringComparison.OrdinalIgnoreCase) == true => "query",
        "POST" when IsSet(request, "x-ms-documentdb-is-upsert") => "upsert",
        "POST" => "create",
        _ => request.Method.Method.ToLowerInvariant(),
    };

    private static bool IsSet(RequestMessage request, string header) =>
        string.Equals(request.Headers[header], "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The container from a request path (<c>dbs/hub/colls/persons/docs/…</c>); never a document id or key.</summary>
    private static string Container(Uri? uri)
    {
        var parts = (uri?.OriginalString ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "colls");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : "(account)";
    }
}
