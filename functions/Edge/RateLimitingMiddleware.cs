using System.Globalization;
using System.Threading.RateLimiting;
using IntegrationHub.Domain.Common;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;
using IntegrationHub.Functions.Submissions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace IntegrationHub.Functions.Edge;

/// <summary>
/// The per-org limit on functions marked <c>[EnableRateLimiting]</c>. It runs after authorization, so the org comes
/// from a validated token and one org's burst never uses up another's permits; a refusal is 429 with Retry-After.
/// </summary>
public sealed class RateLimitingMiddleware(FunctionMethods methods, SubmissionRateLimiter limiter) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http || methods.Attribute<EnableRateLimitingAttribute>(context.FunctionDefinition.Name) is null)
        {
            await next(context);
            return;
        }

        var org = http.User.Org() ?? string.Empty;
        using var lease = limiter.Acquire(org);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        // Whole seconds, rounded up, so a client that waits exactly that long finds the window renewed.
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.GetInvocationResult().Value = ErrorShape.For(
            http,
            StatusCodes.Status429TooManyRequests,
            "Too many submissions.",
            Issue.Error("throttled", "org", $"The org '{org}' has used its submissions for this minute; retry after {seconds} s."));
    }
}
