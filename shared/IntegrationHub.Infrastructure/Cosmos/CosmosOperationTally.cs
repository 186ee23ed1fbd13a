namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>Operations and request charge (milli-RU) of one kind, counted from concurrent requests.</summary>
internal sealed class CosmosOperationTally
{
    private long operations;
    private long requestChargeMilli;

    public void Add(long milli)
    {
        Interlocked.Increment(ref operations);
        Interlocked.Add(ref requestChargeMilli, milli);
    }

    public CosmosOperationTotals Totals() => new(Interlocked.Read(ref operations), Interlocked.Read(ref requestChargeMilli) / 1000.0);
}
