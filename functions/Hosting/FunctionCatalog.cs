using System.Text.Json;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// Reads host.json and every <c>*/function.json</c> beside the executable: the same files the Functions host
/// reads in Azure, so standalone mode and Azure agree on which triggers exist.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionManifest> functions, int maxDequeueCount, TimeSpan visibilityTimeout)
    {
        Functions = functions;
        MaxDequeueCount = maxDequeueCount;
        VisibilityTimeout = visibilityTimeout;
    }

    public IReadOnlyList<FunctionManifest> Functions { get; }

    public int MaxDequeueCount { get; }

    public TimeSpan VisibilityTimeout { get; }

    public FunctionManifest? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static FunctionCatalog Load(string root)
    {
        var functions = new List<FunctionManifest>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "function.json");
            if (File.Exists(path))
            {
                functions.Add(ReadFunction(Path.GetFileName(folder), path));
            }
        }

        var (maxDequeueCount, visibilityTimeout) = ReadQueueSettings(Path.Combine(root, "host.json"));
        return new FunctionCatalog(functions, maxDequeueCount, visibilityTimeout);
    }

    private static FunctionManifest ReadFunction(string name, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var bindings = document.RootElement.GetProperty("bindings").EnumerateArray()
            .Select(b => new FunctionBinding(
                b.GetProperty("type").GetString()!,
                b.GetProperty("direction").GetString()!,
                b.GetProperty("name").GetString()!,
                OptionalString(b, "queueName"),
                OptionalString(b, "connection"),
                OptionalString(b, "schedule"),
                OptionalString(b, "route"),
                b.TryGetProperty("methods", out var methods)
                    ? [.. methods.EnumerateArray().Select(m => m.GetString()!)]
                    : []))
            .ToList();
        return new FunctionManifest(name, bindings);
    }

    private static (int MaxDequeueCount, TimeSpan VisibilityTimeout) ReadQueueSettings(string hostJson)
    {
        // Defaults are the Functions host's own when host.json says nothing.
        var maxDequeueCount = 5;
        var visibilityTimeout = TimeSpan.Zero;
        if (File.Exists(hostJson))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(hostJson));
            if (document.RootElement.TryGetProperty("extensions", out var extensions)
                && extensions.TryGetProperty("queues", out var queues))
            {
                if (queues.TryGetProperty("maxDequeueCount", out var max))
                {
                    maxDequeueCount = max.GetInt32();
                }

                if (queues.TryGetProperty("visibilityTimeout", out var visibility))
                {
                    visibilityTimeout = TimeSpan.Parse(visibility.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return (maxDequeueCount, visibilityTimeout);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
