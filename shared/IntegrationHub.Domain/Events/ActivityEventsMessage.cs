using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.Events;

/// <summary>
/// The <c>activity-events</c> queue message: the person whose unsent events are due, and how many times in a row
/// the channel was found down (for the back-off); the sender reads the events from the person's projection state.
/// The trace context is the projection's that recorded the events, so their publication continues its trace.
/// </summary>
public sealed record ActivityEventsMessage(
    [property: JsonPropertyName("personId")] string PersonId,
    [property: JsonPropertyName("outages")] int Outages = 0,
    [property: JsonPropertyName(TraceParentJson.Property), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceParent = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ActivityEventsMessage? FromJson(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("personId", out var id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? new ActivityEventsMessage(
                id.GetString()!,
                element.TryGetProperty("outages", out var outages) && outages.TryGetInt32(out var count) ? Math.Max(0, count) : 0,
                TraceParentJson.Read(element))
            : null;
}
