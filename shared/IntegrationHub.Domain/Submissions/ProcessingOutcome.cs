using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Submissions;

/// <param name="Failed">The submission as a whole could not be processed; the reason is among the issues.</param>
public sealed record ProcessingOutcome(SubmissionCounts Counts, IReadOnlyList<Issue> Issues, bool Failed = false)
{
    public SubmissionStatus Status => Failed
        ? SubmissionStatus.Failed
        : Counts.Rejected > 0 ? SubmissionStatus.CompletedWithErrors : SubmissionStatus.Completed;
}
