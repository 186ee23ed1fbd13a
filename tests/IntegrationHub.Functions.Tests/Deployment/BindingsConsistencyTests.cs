using System.Reflection;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>What the generated function metadata and the app name (connections, queues, containers) exists in Bicep.</summary>
public sealed class BindingsConsistencyTests
{
    // DESIGN §5; `reviews` is "as needed" there, and /ia is what the app creates.
    private static readonly Dictionary<string, string> DesignPartitionKeys = new(StringComparer.Ordinal)
    {
        ["persons"] = "/personId",
        ["identifiers"] = "/id",
        ["blocks"] = "/blockKey",
        ["submissions"] = "/id",
        ["ia-activity"] = "/iaMonth",
        ["ia-feed"] = "/iaDay",
        ["reviews"] = "/ia",
    };

    private static readonly IReadOnlyList<FunctionEntry> Functions = BuiltFunctions.Load();

    [Fact]
    public void EveryFunctionConnection_HasIdentityBasedSettingsInBicep()
    {
        var appSettings = BicepSource.AppSettings();
        var connections = Functions.SelectMany(f => f.Bindings)
            .Where(b => b.Connection is not null)
            .GroupBy(b => b.Connection!, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Assert.NotEmpty(connections);

        // The host's own storage is a connection every function app has, named by no trigger.
        foreach (var connection in connections.Select(c => c.Key).Append("AzureWebJobsStorage"))
        {
            Assert.Equal("'managedidentity'", BicepSource.ValueOf(appSettings, connection + "__credential"));
            Assert.True(BicepSource.Sets(appSettings, connection + "__clientId"), $"{connection}__clientId is not set");
        }

        foreach (var connection in connections)
        {
            if (connection.Any(b => b.Type.StartsWith("queue", StringComparison.Ordinal)))
            {
                Assert.True(BicepSource.Sets(appSettings, connection.Key + "__queueServiceUri"), $"{connection.Key}__queueServiceUri is not set");
            }

            if (connection.Any(b => b.Type.StartsWith("blob", StringComparison.Ordinal)))
            {
                Assert.True(BicepSource.Sets(appSettings, connection.Key + "__blobServiceUri"), $"{connection.Key}__blobServiceUri is not set");
            }
        }

        Assert.True(BicepSource.Sets(appSettings, "AzureWebJobsStorage__blobServiceUri"), "AzureWebJobsStorage__blobServiceUri is not set");
        Assert.True(BicepSource.Sets(appSettings, "AzureWebJobsStorage__queueServiceUri"), "AzureWebJobsStorage__queueServiceUri is not set");
    }

    [Fact]
    public void EveryQueueOfTheFunctionsAndTheApp_AndItsPoisonQueue_IsInBicep()
    {
        var declared = Functions.SelectMany(f => f.Bindings).Select(b => b.QueueName).OfType<string>().ToList();
        Assert.NotEmpty(declared);
        var written = typeof(QueueNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        var expected = declared.Concat(written)
            .SelectMany(q => q.EndsWith("-poison", StringComparison.Ordinal) ? [q] : new[] { q, QueueNames.Poison(q) })
            .ToHashSet(StringComparer.Ordinal);

        var inBicep = BicepSource.StringArray("main.bicep", "queueNames");

        Assert.Subset(inBicep.ToHashSet(StringComparer.Ordinal), expected);
    }

    [Fact]
    public void EveryBlobContainerTheAppUses_IsInBicep()
    {
        var defaults = new StorageOptions();
        var used = typeof(StorageOptions).GetProperties()
            .Where(p => p.Name.EndsWith("Container", StringComparison.Ordinal) && p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(defaults)!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);

        Assert.Subset(BicepSource.StringArray("main.bicep", "blobContainerNames").ToHashSet(StringComparer.Ordinal), used);
    }

    [Fact]
    public void CosmosContainersOfTheApp_AreThoseOfDesignSection5()
    {
        var constants = typeof(ContainerNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(DesignPartitionKeys.Keys.Order(StringComparer.Ordinal), constants);
        Assert.Equal(DesignPartitionKeys.OrderBy(p => p.Key, StringComparer.Ordinal), ContainerNames.PartitionKeys.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCosmosContainer_IsInBicepWithItsPartitionKey()
    {
        var inBicep = BicepSource.CosmosContainers();

        Assert.Equal(ContainerNames.PartitionKeys.Keys.Order(StringComparer.Ordinal), inBicep.Keys.Order(StringComparer.Ordinal));
        Assert.All(ContainerNames.PartitionKeys, p => Assert.Equal(p.Value, inBicep[p.Key].PartitionKey));
    }

    [Fact]
    public void EveryCosmosContainer_IndexesOnlyTheScalarPathsItLists()
    {
        var cosmos = Repository.Read("bicep", "modules", "cosmos.bicep");

        Assert.Contains("excludedPaths: [{ path: '/*' }]", cosmos, StringComparison.Ordinal);
        Assert.All(
            BicepSource.CosmosContainers().Values.SelectMany(c => c.IncludedPaths),
            path => Assert.Matches("^(/[A-Za-z0-9_]+)+/\\?$", path));
    }
}
