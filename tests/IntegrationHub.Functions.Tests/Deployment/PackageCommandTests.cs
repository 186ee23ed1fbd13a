using System.IO.Compression;
using System.Text.Json;
using IntegrationHub.Cli.Package;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The zip <c>./hub package</c> builds, made from the repository's functions/ and a fake publish folder, so the
/// layout the Functions host needs is checked without a slow self-contained publish.
/// </summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hub-package-" + Guid.NewGuid().ToString("N"));
    private readonly string publish;
    private readonly string zipPath;
    private readonly string executable;

    public PackageCommandTests()
    {
        publish = Path.Combine(work, "publish");
        zipPath = Path.Combine(work, "out", "integrationhub.zip");
        using var host = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Repository.FunctionsDir, "host.json")));
        executable = host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;

        Directory.CreateDirectory(Path.Combine(publish, "Health"));
        File.WriteAllText(Path.Combine(publish, executable), "ELF");
        File.WriteAllText(Path.Combine(publish, executable + ".dll"), "MZ");
        File.WriteAllText(Path.Combine(publish, "appsettings.json"), "{}");

        // Stale copies the publish step made; the functions folder's own files must win.
        File.WriteAllText(Path.Combine(publish, "host.json"), "{}");
        File.WriteAllText(Path.Combine(publish, "Health", "function.json"), "{}");
    }

    [Fact]
    public void Package_HasHostJsonEveryFunctionJsonAndTheExecutableAtTheRoot()
    {
        var functionFolders = Directory.EnumerateDirectories(Repository.FunctionsDir)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => Path.GetFileName(d) + "/function.json")
            .ToList();
        Assert.NotEmpty(functionFolders);

        PackageCommand.Create(publish, Repository.FunctionsDir, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("host.json", names);
        Assert.Contains(executable, names);
        Assert.Contains(executable + ".dll", names);
        Assert.Contains("appsettings.json", names);
        Assert.All(functionFolders, f => Assert.Contains(f, names));
    }

    [Fact]
    public void Package_TakesMetadataFromTheFunctionsFolderAndNoSourceFiles()
    {
        PackageCommand.Create(publish, Repository.FunctionsDir, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.FunctionsDir, "host.json")), ReadEntry(zip, "host.json"));
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.FunctionsDir, "Health", "function.json")), ReadEntry(zip, "Health/function.json"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_MarksTheExecutableExecutable()
    {
        PackageCommand.Create(publish, Repository.FunctionsDir, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        var mode = (zip.GetEntry(executable)!.ExternalAttributes >> 16) & 0x1FF;
        Assert.True((mode & 0b001_001_001) == 0b001_001_001, $"mode {Convert.ToString(mode, 8)} lacks the execute bits");
    }

    [Fact]
    public void PublishFolderWithoutTheExecutable_IsRefusedAndWritesNoZip()
    {
        File.Delete(Path.Combine(publish, executable));

        var error = Assert.Throws<ArgumentException>(() => PackageCommand.Create(publish, Repository.FunctionsDir, zipPath));

        Assert.Contains(executable, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
