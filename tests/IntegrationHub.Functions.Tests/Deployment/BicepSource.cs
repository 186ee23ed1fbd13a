using System.Text.RegularExpressions;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// Reads the few shapes the consistency tests need out of the Bicep text. There is no Bicep compiler here, so these
/// are deliberately narrow patterns over the layout bicep/ uses; a layout change fails the tests loudly rather than
/// letting them pass on nothing.
/// </summary>
internal static partial class BicepSource
{
    /// <summary>The body of the Function App's <c>appsettings</c> config resource: the app settings Azure sets.</summary>
    public static string AppSettings()
    {
        var blocks = Repository.BicepFolderFiles()
            .Select(f => AppSettingsBlock().Match(f.Value))
            .Where(m => m.Success)
            .ToList();
        Assert.True(blocks.Count == 1, $"expected one appsettings config resource under bicep/, found {blocks.Count}");
        return blocks[0].Groups["body"].Value;
    }

    public static bool Sets(string appSettings, string key) =>
        Regex.IsMatch(appSettings, $@"^\s*'?{Regex.Escape(key)}'?\s*:", RegexOptions.Multiline | RegexOptions.IgnoreCase);

    /// <summary>The Bicep expression a setting is given, or null when it is not set.</summary>
    public static string? ValueOf(string appSettings, string key)
    {
        var match = Regex.Match(appSettings, $@"^\s*'?{Regex.Escape(key)}'?\s*:\s*(?<value>.+?)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["value"].Value : null;
    }

    /// <summary>The string items of <c>var name = [ ... ]</c> in a .bicep file.</summary>
    public static IReadOnlyList<string> StringArray(string file, string name)
    {
        var match = Regex.Match(Repository.Read("bicep", file), $@"^var {Regex.Escape(name)} = \[(?<items>[^\]]*)\]", RegexOptions.Multiline);
        Assert.True(match.Success, $"bicep/{file} has no 'var {name} = [...]'");
        return [.. QuotedString().Matches(match.Groups["items"].Value).Select(m => m.Groups["text"].Value)];
    }

    /// <summary>The Cosmos containers bicep/modules/cosmos.bicep declares: name → (partition key, included paths).</summary>
    public static IReadOnlyDictionary<string, CosmosContainerSpec> CosmosContainers()
    {
        var text = Repository.Read("bicep", "modules", "cosmos.bicep");
        var list = ContainersVar().Match(text);
        Assert.True(list.Success, "bicep/modules/cosmos.bicep has no 'var containers = [ ... ]'");
        var names = ContainerName().Matches(list.Groups["body"].Value);
        var containers = new Dictionary<string, CosmosContainerSpec>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var end = i + 1 < names.Count ? names[i + 1].Index : list.Groups["body"].Length;
            var entry = list.Groups["body"].Value[names[i].Index..end];
            var partitionKey = PartitionKey().Match(entry);
            containers.Add(
                names[i].Groups["name"].Value,
                new CosmosContainerSpec(
                    partitionKey.Success ? partitionKey.Groups["path"].Value : null,
                    [.. IndexPath().Matches(entry).Select(m => m.Groups["path"].Value)]));
        }

        return containers;
    }

    [GeneratedRegex(@"name: 'appsettings'\s*\n\s*properties: \{(?<body>.*?)\n  \}\n\}", RegexOptions.Singleline)]
    private static partial Regex AppSettingsBlock();

    [GeneratedRegex(@"'(?<text>[^']*)'")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"^var containers = \[(?<body>.*?)^\]", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ContainersVar();

    [GeneratedRegex(@"^\s*name: '(?<name>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ContainerName();

    [GeneratedRegex(@"^\s*partitionKey: '(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex PartitionKey();

    [GeneratedRegex(@"path: '(?<path>[^']+)'")]
    private static partial Regex IndexPath();
}
