using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.LocalHost.Functions;

/// <summary>One binding of a function, from the raw binding JSON the worker's metadata carries.</summary>
public sealed class BindingDescriptor
{
    private BindingDescriptor(string name, string type, string direction, JsonObject raw)
    {
        Name = name;
        Type = type;
        Direction = direction;
        Raw = raw;
    }

    public string Name { get; }

    public string Type { get; }

    public string Direction { get; }

    public JsonObject Raw { get; }

    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Direction, "out", StringComparison.OrdinalIgnoreCase);

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public static BindingDescriptor Parse(string rawBinding)
    {
        var raw = JsonNode.Parse(rawBinding) as JsonObject
            ?? throw new InvalidOperationException("a raw binding is not a JSON object: " + rawBinding);
        return new BindingDescriptor(
            Find(raw, "name")?.ToString() ?? string.Empty,
            Find(raw, "type")?.ToString() ?? string.Empty,
            Find(raw, "direction")?.ToString() ?? "in",
            raw);
    }

    /// <summary>Binding properties are matched without regard to case, as the real host's binding metadata is.</summary>
    public string? GetString(string property) => Find(Raw, property) is JsonValue value && value.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : Find(Raw, property)?.ToString();

    public bool GetBool(string property) => Find(Raw, property) switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() is JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out var parsed) && parsed,
        _ => false,
    };

    public IReadOnlyList<string> GetStrings(string property) => Find(Raw, property) switch
    {
        JsonArray array => array.Select(item => item?.ToString() ?? string.Empty).Where(item => item.Length > 0).ToList(),
        JsonValue value when value.GetValueKind() is JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    private static JsonNode? Find(JsonObject raw, string property)
    {
        foreach (var (key, value) in raw)
        {
            if (string.Equals(key, property, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
