using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>
/// Counts Cosmos operations (every request the SDK sends, retries included) and their request charge, in all and
/// by kind (<see cref="CosmosOperationKind"/>), so benchmarks can report operations and RU per resource instead of
/// guessing.
/// </summary>
public sealed class CosmosOperationCounter : RequestHandler
{
    private readonly ConcurrentDictionary<string, CosmosOperationTally> byKind = new(StringComparer.Ordinal);
    private long operations;
    private long requestChargeMilli;

    public long Operations => Interlocked.Read(ref operations);

    public double RequestCharge => Interlocked.Read(ref requestChargeMilli) / 1000.0;

    /// <summary>A snapshot: operations and request charge so far, by "container verb".</summary>
    public IReadOnlyDictionary<string, CosmosOperationTotals> ByKind() =>
        byKind.ToDictionary(pair => pair.Key, pair => pair.Value.Totals(), StringComparer.Ordinal);

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var milli = (long)(response.Headers.RequestCharge * 1000);
        Interlocked.Increment(ref operations);
        Interlocked.Add(ref requestChargeMilli, milli);
        byKind.GetOrAdd(CosmosOperationKind.Of(request), _ => new CosmosOperationTally()).Add(milli);
        return response;
    }
}
