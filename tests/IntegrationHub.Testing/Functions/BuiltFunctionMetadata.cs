using System.Text.Json;

namespace IntegrationHub.Testing.Functions;

/// <summary>The built worker's generated <c>functions.metadata</c>: which functions the host will load.</summary>
public static class BuiltFunctionMetadata
{
    /// <summary>Every function whose trigger is not HTTP (queues, timers): what an app that only answers requests disables.</summary>
    public static IReadOnlyList<string> NonHttpFunctions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(WorkerBuild.WorkerDirectory, "functions.metadata")));
        return
        [
            .. metadata.RootElement.EnumerateArray()
                .Where(f => !f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger"))
                .Select(f => f.GetProperty("name").GetString()!),
        ];
    }
}
