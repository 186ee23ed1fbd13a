using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// The <c>project</c> queue message: only the person id, the projector reads the rest; and the trace context of the
/// processing run that asked, so the projection continues its trace.
/// </summary>
public sealed record ProjectPersonMessage(
    [property: JsonPropertyName("personId")] string PersonId,
    [property: JsonPropertyName(TraceParentJson.Property), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceParent = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ProjectPersonMessage? FromJson(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("personId", out var id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? new ProjectPersonMessage(id.GetString()!, TraceParentJson.Read(element))
            : null;
}
