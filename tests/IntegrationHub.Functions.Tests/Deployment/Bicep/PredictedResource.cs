using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// One resource of the deployment as the compiler predicts it: loops expanded, modules inlined, every expression
/// evaluated that can be before deployment. What only Azure knows (a principal id, an endpoint) stays an ARM
/// expression string such as <c>[reference('…', '2023-01-31').principalId]</c>.
/// </summary>
public sealed record PredictedResource(string Type, string Name, string Id, string? Condition, JsonElement Json)
{
    /// <summary>The last segment of the name: a queue's, container's or config's own name.</summary>
    public string LeafName => Name[(Name.LastIndexOf('/') + 1)..];

    public JsonElement Properties => Json.TryGetProperty("properties", out var properties) ? properties : default;

    /// <summary>The value at a dotted path below the resource (e.g. <c>properties.siteConfig.minTlsVersion</c>), or null.</summary>
    public JsonElement? At(string path)
    {
        var current = Json;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    public string? StringAt(string path) => At(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public bool? BoolAt(string path) => At(path) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    public override string ToString() => $"{Type} {Name}";
}
