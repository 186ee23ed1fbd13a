using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The function metadata the worker SDK generated for the built app (<c>functions.metadata</c> beside the worker):
/// what the Functions host, Core Tools and the local host load, so the one place that says which triggers exist.
/// </summary>
internal static class BuiltFunctions
{
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string OutputDir => Repository.File("functions", "bin", Configuration, "net10.0");

    public static IReadOnlyList<FunctionEntry> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutputDir, "functions.metadata")));
        return [.. document.RootElement.EnumerateArray().Select(FunctionEntry.From)];
    }
}
