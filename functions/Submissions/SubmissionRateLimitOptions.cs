using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Functions.Submissions;

/// <summary>
/// Section <c>RateLimit</c>: how many submissions (FHIR and extracts together) one org may send per minute.
/// The default is far above what a board or council sends, so it only stops a runaway client from starving the
/// others; it is per app instance, as each Functions worker keeps its own counters.
/// </summary>
public sealed class SubmissionRateLimitOptions
{
    public const string Section = "RateLimit";

    public const string PolicyName = "submissions-per-org";

    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 600;
}
