using System.Globalization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationHub.Functions.Api;

/// <summary>
/// The edge's one translation of an outage: a request that failed because Blob, Queue or Cosmos did not answer
/// gets 503 with Retry-After and the error shape of its route, naming the dependency, instead of a bare 500. The
/// accept path lands, records and enqueues in that order and answers 202 only after all three, so a 503 means the
/// sender must send again; resending is safe (same body or Idempotency-Key, the same submission).
/// </summary>
public sealed class DependencyUnavailableHandler(ILogger<DependencyUnavailableHandler> logger) : IExceptionHandler
{
    /// <summary>Long enough for an emulator or a storage front end to come back, short enough for a sender's retry loop.</summary>
    public const int RetryAfterSeconds = 30;

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["blob"] = "Blob storage (where submitted bodies are landed)",
        ["queue"] = "Queue storage (where accepted submissions wait for processing)",
        ["cosmos"] = "Cosmos DB (where submissions are recorded)",
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DependencyFailures.UnavailableDependency(exception) is not { } dependency)
        {
            return false;
        }

        logger.LogWarning(exception, "{Method} {Path} answered 503: {Dependency} is unavailable", httpContext.Request.Method, httpContext.Request.Path, dependency);
        var description = Descriptions.GetValueOrDefault(dependency, dependency);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await ErrorShape.For(
            httpContext,
            StatusCodes.Status503ServiceUnavailable,
            $"{dependency} is unavailable.",
            Issue.Error(
                "transient",
                dependency,
                $"{description} is unavailable, so the request could not be completed. Retry after {RetryAfterSeconds} s; resending the same body (or Idempotency-Key) is safe and never makes a second submission.")).ExecuteAsync(httpContext);
        return true;
    }
}
