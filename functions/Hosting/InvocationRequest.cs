using System.Text.Json;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// The custom handler invocation payload, <c>{"Data":{...},"Metadata":{...}}</c>, exactly as the Functions host
/// posts it to <c>/{FunctionName}</c>; standalone mode builds the same shape.
/// </summary>
public sealed record InvocationRequest(JsonElement Data, JsonElement Metadata)
{
    /// <summary>A request with no bindings, for triggers whose payload the function does not read (timers).</summary>
    public static InvocationRequest Empty { get; } = new(default, default);

    public static InvocationRequest Parse(JsonElement root)
    {
        var data = root.TryGetProperty("Data", out var d) ? d.Clone() : default;
        var metadata = root.TryGetProperty("Metadata", out var m) ? m.Clone() : default;
        return new InvocationRequest(data, metadata);
    }

    /// <summary>
    /// The trigger value bound to <paramref name="bindingName"/>. The host may hand a queue message over as a
    /// JSON string that itself holds JSON (encoded once more), so strings are unwrapped until they are not JSON.
    /// </summary>
    public JsonElement? Binding(string bindingName)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(bindingName, out var value))
        {
            return null;
        }

        for (var depth = 0; depth < 3 && value.ValueKind == JsonValueKind.String; depth++)
        {
            var text = value.GetString()!;
            if (!LooksLikeJson(text))
            {
                break;
            }

            try
            {
                using var inner = JsonDocument.Parse(text);
                value = inner.RootElement.Clone();
            }
            catch (JsonException)
            {
                break;
            }
        }

        return value;
    }

    public int? DequeueCount =>
        Metadata.ValueKind == JsonValueKind.Object
        && Metadata.TryGetProperty("DequeueCount", out var count)
            ? count.ValueKind switch
            {
                JsonValueKind.Number => count.GetInt32(),
                JsonValueKind.String when int.TryParse(count.GetString(), out var n) => n,
                _ => null,
            }
            : null;

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 0 && (trimmed[0] is '{' or '[' or '"');
    }
}
