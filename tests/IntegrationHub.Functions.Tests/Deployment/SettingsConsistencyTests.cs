namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>Every setting the app reads is documented in the sample and set in Azure, and no secret is.</summary>
public sealed class SettingsConsistencyTests
{
    private static readonly IReadOnlyList<string> AppKeys = AppSettingKeys.ReadByTheApp();

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
    public void EverySettingTheAppReads_IsSetInBicep()
    {
        var appSettings = BicepSource.AppSettings();

        var missing = AppKeys
            .Where(k => !SettingExceptions.DevelopmentOnly.ContainsKey(k) && !SettingExceptions.NotSetInAzure.ContainsKey(k))
            .Where(k => !BicepSource.Sets(appSettings, k))
            .ToList();

        Assert.True(missing.Count == 0, "not set in the Function App's app settings under bicep/: " + string.Join(", ", missing));
    }

    [Fact]
    public void DevelopmentOnlySettings_AreInTheSampleAndNowhereUnderBicep()
    {
        var sample = Repository.SampleSettingKeys();
        var bicepFiles = Repository.BicepFolderFiles();

        foreach (var key in SettingExceptions.DevelopmentOnly.Keys)
        {
            Assert.True(sample.Contains(key), $"{key} is development-only but missing from local.settings.sample.json");
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
    public void Bicep_ReadsNoKeysAndSetsNoSecretConnectionStrings()
    {
        string[] forbidden = ["listKeys", "listConnectionStrings", "AccountKey", "SharedAccessSignature", "primaryMasterKey", "connectionStrings:"];
        var appSettings = BicepSource.AppSettings();

        foreach (var (file, text) in Repository.BicepFolderFiles())
        {
            Assert.All(forbidden, word => Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{file} uses {word}"));
        }

        // Both would be connection strings: the host's storage and the queue triggers' connection are identity-based.
        Assert.False(BicepSource.Sets(appSettings, "AzureWebJobsStorage"), "AzureWebJobsStorage is set as a connection string");
        Assert.False(BicepSource.Sets(appSettings, "Storage"), "Storage is set as a connection string");
    }

    [Fact]
    public void PseudonymisationKey_IsAKeyVaultReference()
    {
        var value = BicepSource.ValueOf(BicepSource.AppSettings(), "Pseudonymisation__Key");

        Assert.NotNull(value);
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=", value, StringComparison.Ordinal);
    }

    [Fact]
    public void AspNetCoreEnvironment_IsProductionInBicep()
    {
        // Outside Development the app refuses the development signing and pseudonymisation keys.
        Assert.Equal("'Production'", BicepSource.ValueOf(BicepSource.AppSettings(), "ASPNETCORE_ENVIRONMENT"));
    }
}
