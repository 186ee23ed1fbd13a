namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// A copy of bicep/ in a temp folder, for tests that break it on purpose; the repository is never touched. The
/// reference data the templates load (the IA codes) is copied to the same relative place.
/// </summary>
public sealed class BrokenTemplateCopy : IDisposable
{
    private static readonly string[] LoadedFromOutside = ["shared/IntegrationHub.Domain/Reference/integration-authorities.csv"];

    public BrokenTemplateCopy()
    {
        Path = System.IO.Path.Combine(Root, "bicep");
        foreach (var relative in LoadedFromOutside)
        {
            var target = System.IO.Path.Combine(Root, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(System.IO.Path.Combine(Repository.BicepDir, "..", relative), target);
        }

        foreach (var file in Directory.EnumerateFiles(Repository.BicepDir, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Repository.BicepDir, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    private string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-bicep-broken-" + Guid.NewGuid().ToString("N"));

    /// <summary>Replaces <paramref name="from"/>, which must be in the file, with <paramref name="to"/>.</summary>
    public void Replace(string relativePath, string from, string to)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Append(string relativePath, string text) => File.AppendAllText(System.IO.Path.Combine(Path, relativePath), "\n" + text + "\n");

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
