using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>The <c>project</c> queue message: only the person id; the projector reads the rest.</summary>
public sealed record ProjectPersonMessage([property: JsonPropertyName("personId")] string PersonId)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ProjectPersonMessage? FromJson(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("personId", out var id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? new ProjectPersonMessage(id.GetString()!)
            : null;
}
