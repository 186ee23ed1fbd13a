namespace IntegrationHub.Functions.Hosting;

/// <summary>Finds the function registered under a name; the one path both hosting modes take into handlers.</summary>
public sealed class TriggerDispatcher(IEnumerable<ITriggeredFunction> functions)
{
    private readonly Dictionary<string, ITriggeredFunction> byName =
        functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public bool Knows(string functionName) => byName.ContainsKey(functionName);

    public Task DispatchAsync(string functionName, InvocationRequest request, CancellationToken cancellationToken) =>
        byName.TryGetValue(functionName, out var function)
            ? function.RunAsync(request, cancellationToken)
            : throw new InvalidOperationException($"no function named {functionName}");
}
