using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Domain.Events;

/// <summary>
/// The <c>activity-events</c> queue message: the person whose unsent events are due, and how many times in a row
/// the channel was found down (for the back-off); the sender reads the events from the person's projection state.
/// </summary>
public sealed record ActivityEventsMessage(
    [property: JsonPropertyName("personId")] string PersonId,
    [property: JsonPropertyName("outages")] int Outages = 0)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ActivityEventsMessage? FromJson(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("personId", out var id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? new ActivityEventsMessage(
                id.GetString()!,
                element.TryGetProperty("outages", out var outages) && outages.TryGetInt32(out var count) ? Math.Max(0, count) : 0)
            : null;
}
