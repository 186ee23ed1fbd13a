using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Worker;

namespace IntegrationHub.LocalHost.Http;

/// <summary>
/// Everything that arrives on the public URL: admin routes, else the HTTP function routing chose, else 404.
/// Requests on the gRPC port pass through to the gRPC service.
/// </summary>
public sealed class FrontDoorMiddleware
{
    private readonly RequestDelegate next;

    public FrontDoorMiddleware(RequestDelegate next)
    {
        this.next = next;
    }

    public async Task InvokeAsync(HttpContext context, GrpcEndpoint grpc, AdminEndpoints admin, HttpFunctionForwarder forwarder, FunctionCatalog catalog)
    {
        if (grpc.Serves(context))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            await admin.HandleAsync(context);
            return;
        }

        if (!catalog.IsReady)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        // A method the route does not allow selects ASP.NET Core's 405 endpoint, which has no function: 404, as the real host answers.
        if (context.GetEndpoint()?.Metadata.GetMetadata<HttpFunctionRoute>() is not { } route)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await forwarder.ForwardAsync(context, route.Function);
    }
}
