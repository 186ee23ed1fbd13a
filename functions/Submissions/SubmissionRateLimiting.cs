using System.Globalization;
using System.Threading.RateLimiting;
using IntegrationHub.Domain.Common;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Functions.Submissions;

public static class SubmissionRateLimiting
{
    /// <summary>
    /// A fixed one-minute window per <c>org</c> claim on the submit routes. The limiter runs after authorization,
    /// so the org comes from a validated token and one org's burst never uses up another's permits.
    /// </summary>
    public static IServiceCollection AddSubmissionRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubmissionRateLimitOptions>()
            .Bind(configuration.GetSection(SubmissionRateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(SubmissionRateLimitOptions.PolicyName, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<SubmissionRateLimitOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.User.Org() ?? string.Empty,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // Whole seconds, rounded up, so a client that waits exactly that long finds the window renewed.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ErrorShape.For(
            context,
            StatusCodes.Status429TooManyRequests,
            "Too many submissions.",
            Issue.Error("throttled", "org", $"The org '{context.User.Org()}' has used its submissions for this minute; retry after {seconds} s.")).ExecuteAsync(context);
    }
}
