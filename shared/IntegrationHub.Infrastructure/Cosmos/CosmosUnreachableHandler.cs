using System.Net;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// In gateway mode the SDK lets a connection failure escape as a bare HttpRequestException once its own retries
/// are spent, while a service that answers "unavailable" becomes a CosmosException (503). This handler sits above
/// the SDK's retries and turns the first into the second, so everything above the Cosmos layer meets one kind of
/// outage (<see cref="CosmosErrors.IsUnavailable"/>) and never an HTTP client exception it cannot attribute.
/// </summary>
public sealed class CosmosUnreachableHandler : RequestHandler
{
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return new ResponseMessage(HttpStatusCode.ServiceUnavailable, request, $"Cosmos DB could not be reached: {ex.Message}");
        }
    }
}
