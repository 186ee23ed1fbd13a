using System.Globalization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Functions.Api;
using IntegrationHub.Infrastructure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace IntegrationHub.Functions.Edge;

/// <summary>
/// The edge's one translation of failures on HTTP functions. A request that failed because Blob, Queue or Cosmos
/// did not answer gets 503 with Retry-After and the error shape of its route, naming the dependency. The accept
/// path lands, records and enqueues in that order and answers 202 only after all three, so a 503 means the sender
/// must send again; resending is safe (same body or Idempotency-Key, the same submission). Anything else is a 500 in
/// the route's error shape, logged with its exception. Queue and timer functions rethrow: the host retries them.
/// </summary>
public sealed class DependencyFailureMiddleware(ILogger<DependencyFailureMiddleware> logger) : IFunctionsWorkerMiddleware
{
    /// <summary>Long enough for an emulator or a storage front end to come back, short enough for a sender's retry loop.</summary>
    public const int RetryAfterSeconds = 30;

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["blob"] = "Blob storage (where submitted bodies are landed)",
        ["queue"] = "Queue storage (where accepted submissions wait for processing)",
        ["cosmos"] = "Cosmos DB (where submissions are recorded)",
        ["audit"] = "The audit trail (every identifiable answer is recorded before it is sent)",
    };

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (context.GetHttpContext() is { } http && !http.Response.HasStarted)
        {
            var failure = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
            context.GetInvocationResult().Value = DependencyFailures.UnavailableDependency(failure) is { } dependency
                ? Unavailable(http, dependency, failure)
                : Failed(http, failure, context.FunctionDefinition.Name);
        }
    }

    private IResult Unavailable(HttpContext http, string dependency, Exception exception)
    {
        logger.LogWarning(exception, "{Method} {Path} answered 503: {Dependency} is unavailable", http.Request.Method, http.Request.Path, dependency);
        var description = Descriptions.GetValueOrDefault(dependency, dependency);
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ErrorShape.For(
            http,
            StatusCodes.Status503ServiceUnavailable,
            $"{dependency} is unavailable.",
            Issue.Error(
                "transient",
                dependency,
                $"{description} is unavailable, so the request could not be completed. Retry after {RetryAfterSeconds} s; resending the same body (or Idempotency-Key) is safe and never makes a second submission."));
    }

    private IResult Failed(HttpContext http, Exception exception, string function)
    {
        logger.LogError(exception, "{Function} failed: {Method} {Path} answered 500", function, http.Request.Method, http.Request.Path);
        return ErrorShape.For(http, StatusCodes.Status500InternalServerError, "The request failed inside the hub.", Issue.Error("exception", string.Empty, "The hub failed to complete the request; it has been logged. Retry later or contact the hub's operators."));
    }
}
