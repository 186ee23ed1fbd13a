using System.Text.Json;

namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// The custom handler side of the Functions host protocol for non-HTTP triggers: <c>POST /{FunctionName}</c>
/// with the invocation payload; 200 with Outputs/Logs/ReturnValue on success, 500 to fail the invocation.
/// </summary>
public static class CustomHandlerEndpoints
{
    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog)
    {
        foreach (var function in catalog.Functions.Where(f => !f.IsHttp))
        {
            endpoints.MapPost("/" + function.Name, (HttpContext context, TriggerDispatcher dispatcher, CancellationToken cancellationToken) =>
                InvokeAsync(function.Name, context, dispatcher, cancellationToken))
                .ExcludeFromDescription()
                .AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(string functionName, HttpContext context, TriggerDispatcher dispatcher, CancellationToken cancellationToken)
    {
        InvocationRequest request;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            request = InvocationRequest.Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            return Results.BadRequest(new InvocationResponse(new Dictionary<string, object?>(), ["invalid invocation payload: " + ex.Message], null));
        }

        await dispatcher.DispatchAsync(functionName, request, cancellationToken);
        return Results.Json(InvocationResponse.Empty);
    }
}
