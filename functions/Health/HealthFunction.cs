using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Health;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Health;

public sealed class HealthFunction(IEnumerable<IDependencyProbe> probes, IActivityEventSender events, ILogger<HealthFunction> logger)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Probes every dependency at once, each bounded by a timeout; 503 names the required ones that failed. Service Bus
    /// is said on or off and, when on, probed but not required: its outage only delays events.
    /// </summary>
    [Function("Health")]
    [AllowAnonymous]
    public async Task<IResult> CheckAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(probes.Select(async probe =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ProbeTimeout);
            try
            {
                await probe.ProbeAsync(timeout.Token);
                return (probe.Name, probe.Required, Error: (string?)null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Health probe {Dependency} failed", probe.Name);
                return (probe.Name, probe.Required, Error: ex is OperationCanceledException ? "timed out" : ex.GetType().Name + ": " + ex.Message);
            }
        }));

        var failed = results.Where(r => r.Error is not null && r.Required).ToList();
        var checks = results.ToDictionary(r => r.Name, r => r.Error ?? "healthy");
        var serviceBus = events.Enabled ? "on" : "off";
        return failed.Count == 0
            ? Results.Json(new { status = "healthy", serviceBus, checks })
            : Results.Json(new { status = "unhealthy", failed = failed.Select(f => f.Name).ToArray(), serviceBus, checks }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
