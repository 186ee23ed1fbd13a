using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>The resources the compiled template deploys, and the properties that keep them identity-only and private.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class DeployedResourcesTests(CompiledDeployment deployment)
{
    // A new resource type is a deliberate change: add it here with tests for the properties that matter.
    private static readonly string[] ExpectedTypes =
    [
        "Microsoft.Authorization/roleAssignments",
        "Microsoft.DocumentDB/databaseAccounts",
        "Microsoft.DocumentDB/databaseAccounts/sqlDatabases",
        "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers",
        "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments",
        "Microsoft.Insights/components",
        "Microsoft.KeyVault/vaults",
        "Microsoft.KeyVault/vaults/secrets",
        "Microsoft.ManagedIdentity/userAssignedIdentities",
        "Microsoft.OperationalInsights/workspaces",
        "Microsoft.ServiceBus/namespaces",
        "Microsoft.ServiceBus/namespaces/topics",
        "Microsoft.ServiceBus/namespaces/topics/subscriptions",
        "Microsoft.ServiceBus/namespaces/topics/subscriptions/rules",
        "Microsoft.Storage/storageAccounts",
        "Microsoft.Storage/storageAccounts/blobServices",
        "Microsoft.Storage/storageAccounts/blobServices/containers",
        "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies",
        "Microsoft.Storage/storageAccounts/queueServices",
        "Microsoft.Storage/storageAccounts/queueServices/queues",
        "Microsoft.Web/serverfarms",
        "Microsoft.Web/sites",
        "Microsoft.Web/sites/config",
    ];

    private DeploymentSnapshot Snapshot => deployment.Snapshot;

    [Fact]
    public void Deployment_CreatesExactlyTheExpectedResourceTypes()
    {
        Assert.Equal(ExpectedTypes, Snapshot.Resources.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryTopLevelResource_IsInTheDeploymentLocationWithTheParameterFilesTags()
    {
        using var parameters = JsonDocument.Parse(Repository.Read("bicep", "main.parameters.json"));
        var tags = JsonNode.Parse(parameters.RootElement.GetProperty("parameters").GetProperty("tags").GetProperty("value").GetRawText());

        // Child resources and role assignments take neither a location nor tags.
        var topLevel = Snapshot.Resources
            .Where(r => r.Type.Split('/').Length == 2 && r.Type != "Microsoft.Authorization/roleAssignments")
            .ToList();

        Assert.NotEmpty(topLevel);
        Assert.All(topLevel, r => Assert.Equal(CompiledDeployment.Location, r.StringAt("location")));
        Assert.All(topLevel, r => Assert.True(
            r.At("tags") is { } resourceTags && JsonNode.DeepEquals(tags, JsonNode.Parse(resourceTags.GetRawText())),
            $"{r} is not tagged as main.parameters.json says"));
    }

    [Fact]
    public void StorageAccount_RefusesSharedKeysAndPublicBlobsAndKeepsDeletedBlobsAWeek()
    {
        var account = Snapshot.Single("Microsoft.Storage/storageAccounts");
        var blobService = Snapshot.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.False(account.BoolAt("properties.allowSharedKeyAccess"));
        Assert.False(account.BoolAt("properties.allowBlobPublicAccess"));
        Assert.True(account.BoolAt("properties.defaultToOAuthAuthentication"));
        Assert.True(account.BoolAt("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.StringAt("properties.minimumTlsVersion"));
        Assert.True(blobService.BoolAt("properties.deleteRetentionPolicy.enabled"));
        Assert.Equal(7, blobService.At("properties.deleteRetentionPolicy.days")!.Value.GetInt32());
    }

    [Fact]
    public void AuditBlobContainer_IsImmutableForTheRetentionPeriod_AndIsTheOneTheAppWritesTo()
    {
        var policy = Snapshot.Single("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        var container = Snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Single(c => policy.Name.StartsWith(c.Name + "/", StringComparison.Ordinal));
        using var parameters = JsonDocument.Parse(Repository.Read("bicep", "main.parameters.json"));

        Assert.Equal("default", policy.LeafName);
        Assert.Equal(new Infrastructure.Audit.AuditOptions().BlobContainer, container.LeafName);
        Assert.Equal(container.LeafName, Snapshot.AppSettings()["Audit__BlobContainer"].GetString());

        // Six years unless the parameter file says otherwise; never append-writable (a record is one whole blob).
        var days = parameters.RootElement.GetProperty("parameters").TryGetProperty("auditRetentionDays", out var set) ? set.GetProperty("value").GetInt32() : 2192;
        Assert.Equal(days, policy.At("properties.immutabilityPeriodSinceCreationInDays")!.Value.GetInt32());
        Assert.True(days >= 365 * 6, "audit records must be kept at least six years");
        Assert.False(policy.BoolAt("properties.allowProtectedAppendWrites"));
        Assert.False(policy.BoolAt("properties.allowProtectedAppendWritesAll"));
    }

    [Fact]
    public void CosmosAccount_IsServerlessWithEntraIdOnly()
    {
        var account = Snapshot.Single("Microsoft.DocumentDB/databaseAccounts");

        Assert.True(account.BoolAt("properties.disableLocalAuth"));
        Assert.True(account.BoolAt("properties.disableKeyBasedMetadataWriteAccess"));
        Assert.Equal("Tls12", account.StringAt("properties.minimalTlsVersion"));
        Assert.Contains(
            "EnableServerless",
            account.At("properties.capabilities")!.Value.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public void KeyVault_IsRbacModeWithPurgeProtection_AndTheSecretIsWrittenOnlyWhenAKeyIsGiven()
    {
        var vault = Snapshot.Single("Microsoft.KeyVault/vaults");
        var secret = Snapshot.Single("Microsoft.KeyVault/vaults/secrets");

        Assert.True(vault.BoolAt("properties.enableRbacAuthorization"));
        Assert.True(vault.BoolAt("properties.enableSoftDelete"));
        Assert.True(vault.BoolAt("properties.enablePurgeProtection"));
        Assert.Equal(CompiledDeployment.TenantId, vault.StringAt("properties.tenantId"));

        // Redeploying without the key must leave the secret alone: a new key would change every pseudonym.
        Assert.Equal("[not(empty(parameters('pseudonymisationKey')))]", secret.Condition);
        Assert.Equal("[parameters('pseudonymisationKey')]", secret.StringAt("properties.value"));
        Assert.Equal(secret.LeafName, Snapshot.Outputs["pseudonymisationSecretName"].GetString());
    }

    [Fact]
    public void FunctionApp_RunsOnFlexConsumptionWithTheAppsRuntime_HttpsOnly()
    {
        var plan = Snapshot.Single("Microsoft.Web/serverfarms");
        var app = Snapshot.Single("Microsoft.Web/sites");

        Assert.Equal("FlexConsumption", plan.StringAt("sku.tier"));
        Assert.Equal("FC1", plan.StringAt("sku.name"));
        Assert.True(plan.BoolAt("properties.reserved"));
        Assert.Equal(plan.Id, app.StringAt("properties.serverFarmId"));
        Assert.Equal("functionapp,linux", app.StringAt("kind"));
        Assert.Equal(WhatTheAppUses.Runtime.Name, app.StringAt("properties.functionAppConfig.runtime.name"));
        Assert.Equal(WhatTheAppUses.Runtime.Version, app.StringAt("properties.functionAppConfig.runtime.version"));
        Assert.True(app.BoolAt("properties.httpsOnly"));
        Assert.Equal("1.2", app.StringAt("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", app.StringAt("properties.siteConfig.ftpsState"));
    }

    [Fact]
    public void FunctionApp_HasOnlyTheUserAssignedIdentity_AndUsesItForKeyVaultAndItsPackage()
    {
        var identity = Snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var app = Snapshot.Single("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", app.StringAt("identity.type"));
        Assert.Equal([identity.Id], app.At("identity.userAssignedIdentities")!.Value.EnumerateObject().Select(p => p.Name));
        Assert.Equal(identity.Id, app.StringAt("properties.keyVaultReferenceIdentity"));
        Assert.Equal("blobContainer", app.StringAt("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", app.StringAt("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal(identity.Id, app.StringAt("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"));
    }

    [Fact]
    public void FunctionAppPackage_ComesFromADeployedContainerOfTheStorageAccount()
    {
        var storage = Snapshot.Single("Microsoft.Storage/storageAccounts");
        var app = Snapshot.Single("Microsoft.Web/sites");
        var containers = Snapshot.NamesOf("Microsoft.Storage/storageAccounts/blobServices/containers");

        var url = app.StringAt("properties.functionAppConfig.deployment.storage.value")!;

        var container = containers.SingleOrDefault(c => url.EndsWith($", '{c}')]", StringComparison.Ordinal));
        Assert.True(container is not null, $"the package container of {url} is not a deployed container");
        Assert.StartsWith($"[format('{{0}}{{1}}', reference('{storage.Id}', ", url, StringComparison.Ordinal);
        Assert.Contains(").primaryEndpoints.blob, ", url, StringComparison.Ordinal);
        Assert.DoesNotContain(container, WhatTheAppUses.BlobContainers());
    }

    [Fact]
    public void TelemetryGoesToWorkspaceBasedApplicationInsights()
    {
        var workspace = Snapshot.Single("Microsoft.OperationalInsights/workspaces");
        var insights = Snapshot.Single("Microsoft.Insights/components");

        Assert.Equal(workspace.Id, insights.StringAt("properties.WorkspaceResourceId"));
        Assert.True(DeploymentSnapshot.IsRuntimeValue(
            Snapshot.AppSettings()["APPLICATIONINSIGHTS_CONNECTION_STRING"].GetString(), insights, "ConnectionString"));
    }

}
