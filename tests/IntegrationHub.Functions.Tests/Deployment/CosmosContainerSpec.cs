namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>A Cosmos container as bicep/modules/cosmos.bicep declares it.</summary>
internal sealed record CosmosContainerSpec(string? PartitionKey, IReadOnlyList<string> IncludedPaths);
