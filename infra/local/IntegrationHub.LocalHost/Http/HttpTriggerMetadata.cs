using System.Text.Json;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Http;

/// <summary>
/// The trigger data the real host sends an HTTP function whose worker proxies HTTP: an empty RpcHttp as the
/// trigger input (the request itself travels over HTTP), and as binding data the route parameters, Query and Headers.
/// </summary>
public static class HttpTriggerMetadata
{
    public static TypedData Input { get; } = new() { Http = new RpcHttp() };

    public static Dictionary<string, TypedData> From(HttpContext context)
    {
        var metadata = new Dictionary<string, TypedData>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is not null)
            {
                metadata[name] = new TypedData { String = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty };
            }
        }

        metadata["Query"] = new TypedData
        {
            Json = JsonSerializer.Serialize(context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString())),
        };
        metadata["Headers"] = new TypedData
        {
            Json = JsonSerializer.Serialize(context.Request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString())),
        };
        return metadata;
    }
}
