using IntegrationHub.Infrastructure.Health;

namespace IntegrationHub.Functions.Health;

public static class HealthEndpoints
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", CheckAsync).AllowAnonymous();
        return endpoints;
    }

    /// <summary>Probes every dependency at once, each bounded by a timeout; 503 names those that failed.</summary>
    private static async Task<IResult> CheckAsync(IEnumerable<IDependencyProbe> probes, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("Health");
        var results = await Task.WhenAll(probes.Select(async probe =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ProbeTimeout);
            try
            {
                await probe.ProbeAsync(timeout.Token);
                return (probe.Name, Error: (string?)null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Health probe {Dependency} failed", probe.Name);
                return (probe.Name, Error: ex is OperationCanceledException ? "timed out" : ex.GetType().Name + ": " + ex.Message);
            }
        }));

        var failed = results.Where(r => r.Error is not null).ToList();
        var checks = results.ToDictionary(r => r.Name, r => r.Error ?? "healthy");
        return failed.Count == 0
            ? Results.Json(new { status = "healthy", checks })
            : Results.Json(new { status = "unhealthy", failed = failed.Select(f => f.Name).ToArray(), checks }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
