using System.Text.Json;
using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>Every setting the app reads is documented in the sample and set in Azure, and no secret is.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class SettingsConsistencyTests(CompiledDeployment deployment)
{
    private static readonly IReadOnlyList<string> AppKeys = WhatTheAppUses.Settings();

    private IReadOnlyDictionary<string, JsonElement> AppSettings => deployment.Snapshot.AppSettings();

    [Fact]
    public void Reflection_FindsTheOptionSectionsTheAppBinds()
    {
        Assert.Superset(
            new HashSet<string>(["Auth", "Cosmos", "Pseudonymisation", "RateLimit", "Storage"], StringComparer.Ordinal),
            AppKeys.Select(k => k[..k.IndexOf("__", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal));
        Assert.Contains("Storage__QueueServiceUri", AppKeys);
    }

    [Fact]
    public void EverySettingTheAppReads_IsListedInLocalSettingsSample()
    {
        var sample = Repository.SampleSettingKeys();

        var missing = AppKeys.Where(k => !sample.Contains(k) && !SettingExceptions.NotInSample.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "missing from local.settings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void EverySettingTheAppReads_IsSetOnTheDeployedFunctionApp()
    {
        var settings = AppSettings;

        var missing = AppKeys
            .Where(k => !SettingExceptions.DevelopmentOnly.ContainsKey(k) && !SettingExceptions.NotSetInAzure.ContainsKey(k))
            .Where(k => !settings.ContainsKey(k))
            .ToList();

        Assert.True(missing.Count == 0, "not among the deployed Function App's app settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryDeployedAppSetting_HasANonEmptyStringValue()
    {
        // App settings are strings in Azure; a number or bool here means a template change the app would read differently.
        var bad = AppSettings.Where(s => s.Value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(s.Value.GetString())).Select(s => s.Key).ToList();

        Assert.True(bad.Count == 0, "app settings without a string value: " + string.Join(", ", bad));
    }

    [Fact]
    public void DevelopmentOnlySettings_AreInTheSampleAndNowhereInTheTemplatesOrTheDeployment()
    {
        var sample = Repository.SampleSettingKeys();
        var settings = AppSettings;
        var bicepFiles = Repository.BicepFolderFiles();

        foreach (var key in SettingExceptions.DevelopmentOnly.Keys)
        {
            Assert.True(sample.Contains(key), $"{key} is development-only but missing from local.settings.sample.json");
            Assert.False(settings.ContainsKey(key), $"{key} is development-only but the Function App is given it");
            Assert.DoesNotContain(key, deployment.TemplateText, StringComparison.OrdinalIgnoreCase);
            var found = bicepFiles.Where(f => f.Value.Contains(key, StringComparison.OrdinalIgnoreCase)).Select(f => f.Key).ToList();
            Assert.True(found.Count == 0, $"{key} is development-only but appears in {string.Join(", ", found)}");
        }
    }

    [Fact]
    public void SettingExceptions_AreSettingsTheAppStillReads()
    {
        var stale = SettingExceptions.DevelopmentOnly.Keys
            .Concat(SettingExceptions.NotSetInAzure.Keys)
            .Concat(SettingExceptions.NotInSample.Keys)
            .Where(k => !AppKeys.Contains(k, StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.True(stale.Count == 0, "excepted but no longer read by the app, remove them: " + string.Join(", ", stale));
    }

    [Fact]
    public void CompiledTemplate_ReadsNoKeysAndTheAppGetsNoConnectionString()
    {
        // As ARM functions in the compiled template: listKeys( and friends would put an account key into a setting.
        string[] forbidden = ["listKeys(", "listConnectionStrings(", "listAccountSas(", "listServiceSas(", "AccountKey=", "SharedAccessSignature="];
        Assert.All(forbidden, word => Assert.DoesNotContain(word, deployment.TemplateText, StringComparison.OrdinalIgnoreCase));

        var site = deployment.Snapshot.Single("Microsoft.Web/sites");
        Assert.Null(site.At("properties.siteConfig.connectionStrings"));

        // Either would be a connection string: the host's storage and the queue triggers' connection are identity-based.
        Assert.False(AppSettings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage is set as a connection string");
        Assert.False(AppSettings.ContainsKey("Storage"), "Storage is set as a connection string");
    }

    [Fact]
    public void PseudonymisationKey_IsAKeyVaultReferenceToTheDeployedVaultsSecret()
    {
        var vault = deployment.Snapshot.Single("Microsoft.KeyVault/vaults");
        var secret = deployment.Snapshot.Single("Microsoft.KeyVault/vaults/secrets");

        var value = AppSettings["Pseudonymisation__Key"].GetString()!;

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", value, StringComparison.Ordinal);
        Assert.Contains($"reference('{vault.Id}', ", value, StringComparison.Ordinal);
        Assert.Contains(").vaultUri", value, StringComparison.Ordinal);
        Assert.Contains($"'{secret.LeafName}'", value, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryClientIdSetting_IsTheUserAssignedIdentitysClientId()
    {
        var identity = deployment.Snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var clientIds = AppSettings.Where(s => s.Key.EndsWith("__clientId", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Contains(clientIds, s => s.Key == "Cosmos__ClientId");
        Assert.All(clientIds, s => Assert.True(
            DeploymentSnapshot.IsRuntimeValue(s.Value.GetString(), identity, "clientId"),
            $"{s.Key} is {s.Value}, not the user-assigned identity's client id"));
    }

    [Fact]
    public void CosmosEndpoint_IsTheDeployedAccountsEndpoint()
    {
        var account = deployment.Snapshot.Single("Microsoft.DocumentDB/databaseAccounts");

        Assert.True(DeploymentSnapshot.IsRuntimeValue(AppSettings["Cosmos__Endpoint"].GetString(), account, "documentEndpoint"));
    }

    [Fact]
    public void Environment_IsProductionOnTheDeployedApp()
    {
        // The worker's environment is AZURE_FUNCTIONS_ENVIRONMENT; outside Development it refuses the development
        // signing and pseudonymisation keys.
        Assert.Equal("Production", AppSettings["AZURE_FUNCTIONS_ENVIRONMENT"].GetString());
        Assert.Equal("Production", AppSettings["ASPNETCORE_ENVIRONMENT"].GetString());
    }

    [Fact]
    public void AuthAudience_IsTheOneMainParametersJsonGives()
    {
        using var parameters = JsonDocument.Parse(Repository.Read("bicep", "main.parameters.json"));
        var audience = parameters.RootElement.GetProperty("parameters").GetProperty("authAudience").GetProperty("value").GetString();

        Assert.Equal(audience, AppSettings["Auth__Audience"].GetString());
    }
}
