using Azure.Core;
using Azure.Core.Pipeline;
using IntegrationHub.Infrastructure.Telemetry;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Counts each 429 / 503 storage answer, retried ones included (it runs per retry), as the throttling metric.</summary>
public sealed class StorageThrottlingPolicy(string service) : HttpPipelineSynchronousPolicy
{
    public override void OnReceivedResponse(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.HasResponse)
        {
            ThrottledResponses.Record(service, message.Response.Status);
        }
    }
}
