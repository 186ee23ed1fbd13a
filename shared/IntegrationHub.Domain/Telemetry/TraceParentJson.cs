using System.Text.Json;

namespace IntegrationHub.Domain.Telemetry;

/// <summary>Reads a queue message's optional <c>traceparent</c> (messages written before tracing have none).</summary>
public static class TraceParentJson
{
    public const string Property = "traceparent";

    public static string? Read(JsonElement message) =>
        message.TryGetProperty(Property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
