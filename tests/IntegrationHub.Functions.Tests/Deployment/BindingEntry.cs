using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>One binding of a function in <c>functions.metadata</c>, with the properties the hub's triggers use.</summary>
internal sealed record BindingEntry(string Type, string Direction, string Name, string? Route, IReadOnlyList<string> Methods, string? QueueName, string? Connection, string? Schedule)
{
    public static BindingEntry From(JsonElement binding) => new(
        binding.GetProperty("type").GetString()!,
        binding.GetProperty("direction").GetString()!,
        binding.GetProperty("name").GetString()!,
        Text(binding, "route"),
        binding.TryGetProperty("methods", out var methods) ? [.. methods.EnumerateArray().Select(m => m.GetString()!)] : [],
        Text(binding, "queueName"),
        Text(binding, "connection"),
        Text(binding, "schedule"));

    private static string? Text(JsonElement binding, string name) =>
        binding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
