using System.Text.Json;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>What the functions and the app use (connections, queues, containers) exists in the compiled deployment.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class BindingsConsistencyTests(CompiledDeployment deployment)
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

        // Not in DESIGN §5 (shared, not this repo's): the audit trail of issue 21, listed in the README instead.
        ["audit"] = "/day",

        // CONTRACT §5's quality route (issue 17): finished submissions' quality records by month of receipt.
        ["quality"] = "/month",
    };

    [Fact]
    public void EveryFunctionConnection_IsIdentityBasedWithTheServiceUrisItNeeds()
    {
        var settings = deployment.Snapshot.AppSettings();
        var identity = deployment.Snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var storage = deployment.Snapshot.Single("Microsoft.Storage/storageAccounts");
        var connections = WhatTheAppUses.StorageConnections();
        Assert.NotEmpty(connections);

        // The host's own storage is a connection every function app has, named by no function; it needs both services.
        var all = connections.Append(new("AzureWebJobsStorage", new HashSet<string>(["blob", "queue"], StringComparer.Ordinal)));
        foreach (var (connection, services) in all)
        {
            Assert.Equal("managedidentity", Value(settings, connection + "__credential"));
            Assert.True(
                DeploymentSnapshot.IsRuntimeValue(Value(settings, connection + "__clientId"), identity, "clientId"),
                $"{connection}__clientId is not the user-assigned identity's client id");
            foreach (var service in services)
            {
                var key = $"{connection}__{service}ServiceUri";
                Assert.True(
                    DeploymentSnapshot.IsRuntimeValue(Value(settings, key), storage, "primaryEndpoints." + service),
                    $"{key} is not the storage account's {service} endpoint");
            }
        }
    }

    [Fact]
    public void EveryQueueOfTheFunctionsAndTheApp_AndItsPoisonQueue_IsDeployed()
    {
        var named = WhatTheAppUses.FunctionQueues();
        Assert.NotEmpty(named);
        var expected = named.Concat(WhatTheAppUses.QueuesTheAppWrites())
            .SelectMany(q => q.EndsWith("-poison", StringComparison.Ordinal) ? [q] : new[] { q, QueueNames.Poison(q) })
            .ToHashSet(StringComparer.Ordinal);

        var deployed = deployment.Snapshot.NamesOf("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Subset(deployed.ToHashSet(StringComparer.Ordinal), expected);
    }

    [Fact]
    public void EveryBlobContainerTheAppUses_IsDeployed_AndNoContainerIsPublic()
    {
        var used = WhatTheAppUses.BlobContainers();
        Assert.NotEmpty(used);
        var containers = deployment.Snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Subset(containers.Select(c => c.LeafName).ToHashSet(StringComparer.Ordinal), used.ToHashSet(StringComparer.Ordinal));
        Assert.All(containers, c => Assert.Equal("None", c.StringAt("properties.publicAccess")));
    }

    [Fact]
    public void TheAppsBlobContainerSettings_NameDeployedContainers()
    {
        var settings = deployment.Snapshot.AppSettings();
        var deployed = deployment.Snapshot.NamesOf("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Contains(Value(settings, "Storage__LandingContainer"), deployed);
        Assert.Contains(Value(settings, "Storage__FeedContainer"), deployed);
        Assert.Contains(Value(settings, "Audit__BlobContainer"), deployed);
    }

    [Fact]
    public void CosmosContainersOfTheApp_AreThoseOfDesignSection5()
    {
        Assert.Equal(
            DesignPartitionKeys.OrderBy(p => p.Key, StringComparer.Ordinal),
            WhatTheAppUses.CosmosContainers().OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCosmosContainerOfTheApp_IsDeployedWithItsPartitionKey_InTheDatabaseTheAppIsGiven()
    {
        var deployed = deployment.Snapshot.CosmosContainers();
        var database = deployment.Snapshot.Single("Microsoft.DocumentDB/databaseAccounts/sqlDatabases");

        Assert.Equal(WhatTheAppUses.CosmosContainers().Keys.Order(StringComparer.Ordinal), deployed.Keys.Order(StringComparer.Ordinal));
        Assert.All(WhatTheAppUses.CosmosContainers(), p => Assert.Equal(p.Value, deployed[p.Key].PartitionKey));
        Assert.All(
            deployment.Snapshot.OfType("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"),
            c => Assert.StartsWith(database.Name + "/", c.Name, StringComparison.Ordinal));
        Assert.Equal(database.LeafName, Value(deployment.Snapshot.AppSettings(), "Cosmos__DatabaseName"));
    }

    [Fact]
    public void EveryCosmosContainer_IndexesOnlyTheScalarPathsItLists()
    {
        var deployed = deployment.Snapshot.CosmosContainers();

        Assert.All(deployed.Values, c => Assert.Equal(["/*"], c.ExcludedPaths));
        Assert.All(deployed.Values.SelectMany(c => c.IncludedPaths), path => Assert.Matches("^(/[A-Za-z0-9_]+)+/\\?$", path));
    }

    private static string? Value(IReadOnlyDictionary<string, JsonElement> settings, string key) =>
        settings.TryGetValue(key, out var value) ? value.GetString() : null;
}
