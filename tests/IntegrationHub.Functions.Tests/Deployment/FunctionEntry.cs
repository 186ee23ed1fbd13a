using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>One function of <c>functions.metadata</c>: its name and bindings.</summary>
internal sealed record FunctionEntry(string Name, string EntryPoint, IReadOnlyList<BindingEntry> Bindings)
{
    public BindingEntry Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));

    public static FunctionEntry From(JsonElement function) => new(
        function.GetProperty("name").GetString()!,
        function.GetProperty("entryPoint").GetString()!,
        [.. function.GetProperty("bindings").EnumerateArray().Select(BindingEntry.From)]);
}
