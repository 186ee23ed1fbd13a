using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// Counts Cosmos operations (every request the SDK sends, retries included) and their request charge, so
/// benchmarks can report operations and RU per resource instead of guessing.
/// </summary>
public sealed class CosmosOperationCounter : RequestHandler
{
    private long operations;
    private long requestChargeMilli;

    public long Operations => Interlocked.Read(ref operations);

    public double RequestCharge => Interlocked.Read(ref requestChargeMilli) / 1000.0;

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Interlocked.Increment(ref operations);
        Interlocked.Add(ref requestChargeMilli, (long)(response.Headers.RequestCharge * 1000));
        return response;
    }
}
