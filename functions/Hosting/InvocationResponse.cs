using System.Text.Json.Serialization;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// The custom handler answer. Outputs are objects, never strings: the host tries to base64-decode string outputs.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse Empty { get; } = new(new Dictionary<string, object?>(), [], null);
}
