using System.IO.Compression;
using System.Text.Json;

namespace IntegrationHub.Cli.Package;

/// <summary>
/// <c>hub-cli package --publish-dir D --functions-dir F --output Z</c>: the zip the Functions host deploys —
/// host.json and one folder per function at the root, beside the self-contained app whose executable host.json
/// names. Written with System.IO.Compression because a fresh Debian machine has no <c>zip</c>.
/// </summary>
public static class PackageCommand
{
    // The Unix execute bits (0111) in the high half of the external attributes, where zip keeps the mode: the host
    // starts the custom handler directly, and a file whose mode was not kept (a build made on Windows) has none.
    private const int ExecuteBits = 0b001_001_001 << 16;

    public static int Run(CommandLine args)
    {
        var output = args.Require("output");
        var entries = Create(args.Require("publish-dir"), args.Require("functions-dir"), output);
        Console.WriteLine($"{output}: {entries.Count} entries, {new FileInfo(output).Length / (1024.0 * 1024.0):F1} MiB");
        return 0;
    }

    /// <summary>Writes the zip and returns its entry names.</summary>
    public static IReadOnlyList<string> Create(string publishDir, string functionsDir, string output)
    {
        if (!Directory.Exists(publishDir))
        {
            throw new ArgumentException($"--publish-dir '{publishDir}' does not exist");
        }

        var metadata = FunctionMetadata(functionsDir);
        var executable = ExecutableName(metadata["host.json"]);
        if (!File.Exists(Path.Combine(publishDir, executable)))
        {
            throw new ArgumentException(
                $"'{publishDir}' has no '{executable}', the executable host.json names: publish self-contained for linux-x64");
        }

        // host.json and function.json come from the functions folder, the source of truth; the copies the publish
        // step made are left out so that no entry appears twice.
        var files = new SortedDictionary<string, string>(metadata, StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(publishDir, "*", SearchOption.AllDirectories))
        {
            files.TryAdd(Path.GetRelativePath(publishDir, path).Replace(Path.DirectorySeparatorChar, '/'), path);
        }

        var fullOutput = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);

        // Written aside and moved into place, so a failed run never leaves a truncated zip under the real name.
        var partial = fullOutput + ".partial";
        File.Delete(partial);
        try
        {
            Write(partial, files, executable);
            File.Move(partial, fullOutput, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return [.. files.Keys];
    }

    private static void Write(string path, IEnumerable<KeyValuePair<string, string>> files, string executable)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, source) in files)
        {
            var entry = zip.CreateEntryFromFile(source, name, CompressionLevel.Optimal);
            if (name == executable)
            {
                entry.ExternalAttributes |= ExecuteBits;
            }
        }
    }

    private static Dictionary<string, string> FunctionMetadata(string functionsDir)
    {
        var hostJson = Path.Combine(functionsDir, "host.json");
        if (!File.Exists(hostJson))
        {
            throw new ArgumentException($"--functions-dir '{functionsDir}' has no host.json");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["host.json"] = hostJson };
        foreach (var folder in Directory.EnumerateDirectories(functionsDir))
        {
            var functionJson = Path.Combine(folder, "function.json");
            if (File.Exists(functionJson))
            {
                metadata[Path.GetFileName(folder) + "/function.json"] = functionJson;
            }
        }

        return metadata.Count > 1 ? metadata : throw new ArgumentException($"--functions-dir '{functionsDir}' has no */function.json");
    }

    private static string ExecutableName(string hostJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(hostJson));
        return document.RootElement.TryGetProperty("customHandler", out var handler)
            && handler.TryGetProperty("description", out var description)
            && description.TryGetProperty("defaultExecutablePath", out var path)
            && path.GetString() is { Length: > 0 } name
                ? name
                : throw new ArgumentException($"{hostJson} names no customHandler.description.defaultExecutablePath");
    }
}
