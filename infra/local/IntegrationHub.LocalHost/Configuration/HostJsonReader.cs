using System.Globalization;
using System.Text.Json;

namespace IntegrationHub.LocalHost.Configuration;

/// <summary>Reads host.json as the real host does: comments and trailing commas allowed, names case-insensitive.</summary>
public static class HostJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static HostJsonSettings Read(string scriptRoot)
    {
        var path = Path.Combine(scriptRoot, "host.json");
        if (!File.Exists(path))
        {
            return new HostJsonSettings();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), DocumentOptions);
        return Parse(document.RootElement, path);
    }

    private static HostJsonSettings Parse(JsonElement root, string path)
    {
        var settings = new HostJsonSettings();
        if (Child(root, "extensions") is not { } extensions)
        {
            return settings;
        }

        if (Child(extensions, "http") is { } http && Child(http, "routePrefix") is { ValueKind: JsonValueKind.String } prefix)
        {
            settings = settings with { RoutePrefix = prefix.GetString()!.Trim('/') };
        }

        if (Child(extensions, "queues") is { } queues)
        {
            var defaults = new QueuesSettings();
            settings = settings with
            {
                Queues = new QueuesSettings
                {
                    BatchSize = Int(queues, "batchSize", path) ?? defaults.BatchSize,
                    NewBatchThreshold = Int(queues, "newBatchThreshold", path),
                    VisibilityTimeout = Duration(queues, "visibilityTimeout", path) ?? defaults.VisibilityTimeout,
                    MaxDequeueCount = Int(queues, "maxDequeueCount", path) ?? defaults.MaxDequeueCount,
                    MaxPollingInterval = Duration(queues, "maxPollingInterval", path) ?? defaults.MaxPollingInterval,
                    Base64Encoding = Encoding(queues, path) ?? defaults.Base64Encoding,
                },
            };
        }

        return settings;
    }

    private static JsonElement? Child(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static int? Int(JsonElement parent, string name, string path) => Child(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } number => number.GetInt32(),
        _ => throw new InvalidOperationException($"{path}: extensions.queues.{name} must be a number"),
    };

    /// <summary>host.json gives intervals as TimeSpan strings ("00:00:30"); the real host also takes milliseconds as a number.</summary>
    private static TimeSpan? Duration(JsonElement parent, string name, string path) => Child(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } number => TimeSpan.FromMilliseconds(number.GetDouble()),
        { ValueKind: JsonValueKind.String } text when TimeSpan.TryParse(text.GetString(), CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new InvalidOperationException($"{path}: extensions.queues.{name} must be a TimeSpan such as \"00:00:30\""),
    };

    private static bool? Encoding(JsonElement parent, string path)
    {
        if (Child(parent, "messageEncoding") is not { } encoding)
        {
            return null;
        }

        return encoding.GetString()?.ToLowerInvariant() switch
        {
            "base64" => true,
            "none" => false,
            var other => throw new InvalidOperationException($"{path}: extensions.queues.messageEncoding \"{other}\" is neither \"base64\" nor \"none\""),
        };
    }
}
