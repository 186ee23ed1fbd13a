using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Quality;

namespace IntegrationHub.Domain.Submissions;

/// <param name="Failed">The submission as a whole could not be processed; the reason is among the issues.</param>
public sealed record ProcessingOutcome(SubmissionCounts Counts, IReadOnlyList<Issue> Issues, bool Failed = false)
{
    /// <summary>CHI and postcode completeness of the person records, for the data quality report.</summary>
    public IdentifierCounts Identifiers { get; init; } = IdentifierCounts.None;

    public SubmissionStatus Status => Failed
        ? SubmissionStatus.Failed
        : Counts.Rejected > 0 ? SubmissionStatus.CompletedWithErrors : SubmissionStatus.Completed;
}
