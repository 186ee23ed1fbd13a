namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>How many operations of a kind, and what they were charged (RU).</summary>
public sealed record CosmosOperationTotals(long Operations, double RequestCharge)
{
    public static CosmosOperationTotals None { get; } = new(0, 0);

    /// <summary>What was counted after <paramref name="before"/> was read.</summary>
    public CosmosOperationTotals Since(CosmosOperationTotals before) =>
        new(Operations - before.Operations, RequestCharge - before.RequestCharge);
}
