using System.Net;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// Builds the app's one CosmosClient. A loopback endpoint is the local emulator: gateway mode, only that
/// endpoint, and its self-signed certificate accepted — for loopback hosts only, never for a real account.
/// </summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosOptions options, CosmosOperationCounter? counter = null)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Cosmos:Endpoint is not set.");
        var clientOptions = new CosmosClientOptions
        {
            Serializer = new CosmosJsonSerializer(),
            ApplicationName = "IntegrationHub",
            MaxRetryAttemptsOnRateLimitedRequests = 9,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),

            // Each operation as a span (source Azure.Cosmos.Operation) under the hub's span, when a tracer listens.
            CosmosClientTelemetryOptions = new CosmosClientTelemetryOptions { DisableDistributedTracing = false },
        };
        if (counter is not null)
        {
            clientOptions.CustomHandlers.Add(counter);
        }

        clientOptions.CustomHandlers.Add(new CosmosMetricsHandler());
        clientOptions.CustomHandlers.Add(new CosmosUnreachableHandler());

        if (IsLoopback(endpoint))
        {
            clientOptions.ConnectionMode = ConnectionMode.Gateway;
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                    errors == System.Net.Security.SslPolicyErrors.None || (request.RequestUri is { } uri && IsLoopback(uri)),
            });
        }

        if (!string.IsNullOrEmpty(options.Key))
        {
            return new CosmosClient(endpoint.ToString(), options.Key, clientOptions);
        }

        var credential = string.IsNullOrEmpty(options.ClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        return new CosmosClient(endpoint.ToString(), credential, clientOptions);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
