using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace IntegrationHub.Functions.WebConsole;

/// <summary>
/// The built console (<c>console/</c> beside the worker, laid there by the build from the repo's <c>console/</c>
/// project). Names carrying esbuild's content hash never change content, so browsers keep them for a year; every
/// other file (index.html) is revalidated on each load, so a new deployment is seen at once.
/// </summary>
public sealed partial class ConsoleAssets
{
    public const string Index = "index.html";
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    private readonly PhysicalFileProvider files;
    private readonly FileExtensionContentTypeProvider types = new();

    public ConsoleAssets()
        : this(Path.Combine(AppContext.BaseDirectory, "console"))
    {
    }

    public ConsoleAssets(string root)
    {
        Directory.CreateDirectory(root);
        files = new PhysicalFileProvider(root);
    }

    /// <summary>The file at <paramref name="path"/> (relative to the console), or null when there is none.</summary>
    public ConsoleAsset? Find(string path)
    {
        var name = path.Length == 0 ? Index : path;
        var file = files.GetFileInfo(name);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            return null;
        }

        var type = types.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json")
        {
            type += "; charset=utf-8";
        }

        return new ConsoleAsset(file.PhysicalPath, type, Hashed().IsMatch(name) ? Immutable : Revalidate, file.LastModified);
    }

    /// <summary>esbuild's <c>[name]-[hash]</c>: eight base32 characters before the extension.</summary>
    [GeneratedRegex(@"-[A-Z2-7]{8}\.[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hashed();
}
