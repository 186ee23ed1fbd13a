using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace IntegrationHub.LocalHost.Http;

/// <summary>
/// One route endpoint per HTTP function, built as the worker builds its own ("{routePrefix}/{route or name}",
/// the trigger's methods), so ASP.NET Core routing matches exactly what the worker will: literal segments,
/// {param}, constraints such as {id:guid}, optional and catch-all parameters. The endpoints only select a
/// function; <see cref="FrontDoorMiddleware"/> does the forwarding.
/// </summary>
public sealed class FunctionEndpointDataSource : EndpointDataSource
{
    private readonly HostJsonSettings hostJson;
    private readonly object gate = new();
    private IReadOnlyList<Endpoint> endpoints = [];
    private CancellationTokenSource changed = new();

    public FunctionEndpointDataSource(FunctionCatalog catalog, HostJsonSettings hostJson)
    {
        this.hostJson = hostJson;
        catalog.Loaded += Load;
    }

    public override IReadOnlyList<Endpoint> Endpoints => endpoints;

    public IReadOnlyList<HttpFunctionRoute> Routes =>
        endpoints.Select(endpoint => endpoint.Metadata.GetMetadata<HttpFunctionRoute>()).OfType<HttpFunctionRoute>().ToList();

    public override IChangeToken GetChangeToken()
    {
        lock (gate)
        {
            return new CancellationChangeToken(changed.Token);
        }
    }

    private void Load(IReadOnlyList<FunctionDescriptor> functions)
    {
        var built = new List<Endpoint>();
        var order = 0;
        foreach (var function in functions)
        {
            if (function.Runs("httpTrigger"))
            {
                built.Add(Build(function, function.Trigger!, order++));
            }
        }

        CancellationTokenSource previous;
        lock (gate)
        {
            endpoints = built;
            previous = changed;
            changed = new CancellationTokenSource();
        }

        previous.Cancel();
        previous.Dispose();
    }

    private Endpoint Build(FunctionDescriptor function, BindingDescriptor trigger, int order)
    {
        var suffix = trigger.GetString("route") is { Length: > 0 } route ? route : function.Name;
        var template = string.IsNullOrEmpty(hostJson.RoutePrefix) ? suffix : $"{hostJson.RoutePrefix}/{suffix}";
        var builder = new RouteEndpointBuilder(NotForwarded, RoutePatternFactory.Parse(template), order)
        {
            DisplayName = function.Name,
        };
        var methods = trigger.GetStrings("methods").Select(method => method.ToUpperInvariant()).ToList();
        if (methods.Count > 0)
        {
            builder.Metadata.Add(new HttpMethodMetadata(methods));
        }

        builder.Metadata.Add(new HttpFunctionRoute(function, template));
        return builder.Build();
    }

    /// <summary>Reached only by a function route requested on the gRPC port, which serves no functions.</summary>
    private static Task NotForwarded(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
