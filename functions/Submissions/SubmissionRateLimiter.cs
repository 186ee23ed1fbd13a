using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Functions.Submissions;

/// <summary>A fixed one-minute window of <see cref="SubmissionRateLimitOptions.PermitsPerMinute"/> per org.</summary>
public sealed class SubmissionRateLimiter(IOptions<SubmissionRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(org =>
        RateLimitPartition.GetFixedWindowLimiter(
            org,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    public RateLimitLease Acquire(string org) => limiter.AttemptAcquire(org);

    public void Dispose() => limiter.Dispose();
}
