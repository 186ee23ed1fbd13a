using System.IO.Compression;
using IntegrationHub.Cli.Package;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The zip <c>./hub package</c> builds, made from a publish folder laid out like the worker's (host.json and the
/// generated functions.metadata and worker.config.json of the real build), so the layout the Functions host needs
/// is checked without a slow publish.
/// </summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "hub-package-" + Guid.NewGuid().ToString("N"));
    private readonly string publish;
    private readonly string zipPath;

    public PackageCommandTests()
    {
        publish = Path.Combine(work, "publish");
        zipPath = Path.Combine(work, "out", "integrationhub.zip");
        Directory.CreateDirectory(Path.Combine(publish, ".azurefunctions"));
        foreach (var name in new[] { "host.json", "functions.metadata", "worker.config.json" })
        {
            File.Copy(Path.Combine(BuiltFunctions.OutputDir, name), Path.Combine(publish, name));
        }

        File.WriteAllText(Path.Combine(publish, "IntegrationHub.Functions.dll"), "MZ");
        File.WriteAllText(Path.Combine(publish, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll"), "MZ");
    }

    [Fact]
    public void Package_HasTheWorkerItsMetadataAndItsExtensionsAtTheRoot()
    {
        PackageCommand.Create(publish, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("host.json", names);
        Assert.Contains("functions.metadata", names);
        Assert.Contains("worker.config.json", names);
        Assert.Contains("IntegrationHub.Functions.dll", names);
        Assert.Contains(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".cs", StringComparison.Ordinal) || n.EndsWith("function.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_KeepsTheFilesAsPublished()
    {
        PackageCommand.Create(publish, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(File.ReadAllText(Path.Combine(publish, "host.json")), ReadEntry(zip, "host.json"));
        Assert.Equal(File.ReadAllText(Path.Combine(publish, "functions.metadata")), ReadEntry(zip, "functions.metadata"));
    }

    [Fact]
    public void PublishFolderWithoutTheWorker_IsRefusedAndWritesNoZip()
    {
        File.Delete(Path.Combine(publish, "IntegrationHub.Functions.dll"));

        var error = Assert.Throws<ArgumentException>(() => PackageCommand.Create(publish, zipPath));

        Assert.Contains("IntegrationHub.Functions.dll", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void PublishFolderWithoutFunctionMetadata_IsRefusedNamingIt()
    {
        File.Delete(Path.Combine(publish, "functions.metadata"));

        var error = Assert.Throws<ArgumentException>(() => PackageCommand.Create(publish, zipPath));

        Assert.Contains("functions.metadata", error.Message, StringComparison.Ordinal);
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
