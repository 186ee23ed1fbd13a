using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The checkout the deployment tests compare, found by walking up from the test binaries to IntegrationHub.sln, so
/// they read the repository's bicep/, functions/ and sample settings rather than copies made by the build.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string FunctionsDir => Path.Combine(Root, "functions");

    public static string BicepDir => Path.Combine(Root, "bicep");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => System.IO.File.ReadAllText(File(parts));

    /// <summary>Every file under bicep/ (templates and parameters), by path relative to the repository.</summary>
    public static IReadOnlyDictionary<string, string> BicepFolderFiles() =>
        Directory.EnumerateFiles(BicepDir, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetRelativePath(Root, path), System.IO.File.ReadAllText);

    /// <summary>The keys of local.settings.sample.json's Values, as the app sees them (case-insensitive).</summary>
    public static IReadOnlySet<string> SampleSettingKeys()
    {
        using var document = JsonDocument.Parse(Read("local.settings.sample.json"));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationHub.sln above {AppContext.BaseDirectory}");
    }
}
