using System.Text.Json.Nodes;
using IntegrationHub.LocalHost.Functions;

namespace IntegrationHub.LocalHost.Http;

/// <summary>
/// The admin routes scripts and tests wait on, after the real host's: /admin/host/status (200 once every function
/// is loaded, 503 before) and /admin/functions (each function with its bindings as the worker reported them).
/// </summary>
public sealed class AdminEndpoints
{
    private readonly FunctionCatalog catalog;

    public AdminEndpoints(FunctionCatalog catalog)
    {
        this.catalog = catalog;
    }

    public Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals("/admin/host/status", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(
                    new
                    {
                        state = catalog.IsReady ? "Running" : "Initializing",
                        functionCount = catalog.Functions.Count,
                        workerProcessId = catalog.WorkerProcessId,
                        processId = Environment.ProcessId,
                    },
                    statusCode: catalog.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable)
                .ExecuteAsync(context);
        }

        if (path.Equals("/admin/functions", StringComparison.OrdinalIgnoreCase))
        {
            if (!catalog.IsReady)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            }

            var functions = new JsonArray(catalog.Functions.Select(Describe).ToArray<JsonNode?>());
            return Results.Text(functions.ToJsonString(), "application/json").ExecuteAsync(context);
        }

        return Results.NotFound().ExecuteAsync(context);
    }

    private static JsonObject Describe(FunctionDescriptor function) => new()
    {
        ["name"] = function.Name,
        ["id"] = function.Id,
        ["scriptFile"] = function.Metadata.ScriptFile,
        ["entryPoint"] = function.Metadata.EntryPoint,
        ["trigger"] = function.Trigger?.Type,
        ["isDisabled"] = function.IsDisabled,
        ["bindings"] = new JsonArray(function.Bindings.Select(binding => (JsonNode?)binding.Raw.DeepClone()).ToArray()),
    };
}
