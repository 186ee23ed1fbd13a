using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Edge;

/// <summary>
/// The method behind each <c>[Function]</c> of this assembly, found once at start-up, so the edge middleware can
/// read a function's <c>[Authorize]</c>, <c>[AllowAnonymous]</c> and <c>[EnableRateLimiting]</c> attributes the way
/// ASP.NET Core reads them from endpoint metadata.
/// </summary>
public sealed class FunctionMethods
{
    private readonly Dictionary<string, MethodInfo> byName;

    // Every HTTP request asks for several attributes of its function; reflection answers each question once.
    private readonly ConcurrentDictionary<(string Function, Type Attribute), Attribute?> attributes = new();

    public FunctionMethods(Assembly assembly)
    {
        byName = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Function is not null)
            .ToDictionary(x => x.Function!.Name, x => x.Method, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => byName.Keys;

    public T? Attribute<T>(string functionName)
        where T : Attribute =>
        (T?)attributes.GetOrAdd((functionName, typeof(T)), key =>
            byName.TryGetValue(key.Function, out var method)
                ? method.GetCustomAttribute<T>() ?? method.DeclaringType?.GetCustomAttribute<T>()
                : null);
}
