namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>A copy of bicep/ in a temp folder, for tests that break it on purpose; the repository is never touched.</summary>
public sealed class BrokenTemplateCopy : IDisposable
{
    public BrokenTemplateCopy()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.BicepDir, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Repository.BicepDir, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hub-bicep-broken-" + Guid.NewGuid().ToString("N"));

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
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
