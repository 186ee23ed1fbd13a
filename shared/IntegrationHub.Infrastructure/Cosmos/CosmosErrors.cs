using System.Net;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>The Cosmos layer's one translation of status codes; nothing above it sees a CosmosException.</summary>
public static class CosmosErrors
{
    public static bool IsNotFound(this CosmosException ex) => ex.StatusCode == HttpStatusCode.NotFound;

    public static bool IsConflict(this CosmosException ex) => ex.StatusCode == HttpStatusCode.Conflict;

    public static bool IsPreconditionFailed(this CosmosException ex) => ex.StatusCode == HttpStatusCode.PreconditionFailed;

    public static bool IsThrottled(this CosmosException ex) => ex.StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>
    /// The account did not serve the request after the SDK's own retries: unreachable or down (503), no answer in
    /// time (408), or still throttling (429). A later attempt may succeed; nothing about the request was wrong.
    /// </summary>
    public static bool IsUnavailable(this CosmosException ex) =>
        ex.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
