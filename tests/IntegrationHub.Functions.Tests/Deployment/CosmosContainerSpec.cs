namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>A Cosmos container as the deployment creates it.</summary>
public sealed record CosmosContainerSpec(string PartitionKey, IReadOnlyList<string> IncludedPaths, IReadOnlyList<string> ExcludedPaths);
