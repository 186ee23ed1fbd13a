namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>The test classes that share one compilation of the templates (the compiler takes seconds per run).</summary>
[CollectionDefinition(Name)]
public sealed class CompiledDeploymentCollection : ICollectionFixture<CompiledDeployment>
{
    public const string Name = "compiled deployment";
}
