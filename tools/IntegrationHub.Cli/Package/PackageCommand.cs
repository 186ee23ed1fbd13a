using System.IO.Compression;
using System.Text.Json;

namespace IntegrationHub.Cli.Package;

/// <summary>
/// <c>hub-cli package --publish-dir D --output Z</c>: the zip a Flex Consumption app (runtime <c>dotnet-isolated</c>
/// 10.0) deploys — the <c>dotnet publish</c> output of the worker as it is: the worker assembly, <c>host.json</c>,
/// the generated <c>functions.metadata</c>, <c>worker.config.json</c> and the <c>.azurefunctions</c> extension
/// folder. Written with System.IO.Compression because a fresh Debian machine has no <c>zip</c>.
/// </summary>
public static class PackageCommand
{
    private static readonly string[] Required = ["host.json", "functions.metadata", "worker.config.json"];

    public static int Run(CommandLine args)
    {
        var output = args.Require("output");
        var entries = Create(args.Require("publish-dir"), output);
        Console.WriteLine($"{output}: {entries.Count} entries, {new FileInfo(output).Length / (1024.0 * 1024.0):F1} MiB");
        return 0;
    }

    /// <summary>Checks the publish folder is a deployable worker, writes the zip and returns its entry names.</summary>
    public static IReadOnlyList<string> Create(string publishDir, string output)
    {
        if (!Directory.Exists(publishDir))
        {
            throw new ArgumentException($"--publish-dir '{publishDir}' does not exist");
        }

        var missing = Required.Where(name => !File.Exists(Path.Combine(publishDir, name))).ToList();
        if (!Directory.Exists(Path.Combine(publishDir, ".azurefunctions")))
        {
            missing.Add(".azurefunctions/");
        }

        if (missing.Count > 0)
        {
            throw new ArgumentException($"'{publishDir}' is not a published Functions worker: it has no {string.Join(", ", missing)}; publish functions/ with `dotnet publish`");
        }

        var worker = WorkerAssembly(Path.Combine(publishDir, "worker.config.json"));
        if (!File.Exists(Path.Combine(publishDir, worker)))
        {
            throw new ArgumentException($"'{publishDir}' has no '{worker}', the worker worker.config.json names");
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(publishDir, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(publishDir, path).Replace(Path.DirectorySeparatorChar, '/')] = path;
        }

        var fullOutput = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);

        // Written aside and moved into place, so a failed run never leaves a truncated zip under the real name.
        var partial = fullOutput + ".partial";
        File.Delete(partial);
        try
        {
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                foreach (var (name, source) in files)
                {
                    zip.CreateEntryFromFile(source, name, CompressionLevel.Optimal);
                }
            }

            File.Move(partial, fullOutput, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return [.. files.Keys];
    }

    private static string WorkerAssembly(string workerConfig)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(workerConfig));
        return document.RootElement.TryGetProperty("description", out var description)
            && description.TryGetProperty("defaultWorkerPath", out var path)
            && path.GetString() is { Length: > 0 } name
                ? name
                : throw new ArgumentException($"{workerConfig} names no description.defaultWorkerPath");
    }
}
