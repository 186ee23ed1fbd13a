using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Functions.Submissions;

/// <summary>The submission status document of CONTRACT §3.</summary>
public sealed record SubmissionStatusDto(
    string Id,
    string Org,
    string Kind,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? CompletedAt,
    SubmissionCounts Counts,
    IReadOnlyList<SubmissionIssueDto> Issues)
{
    public static SubmissionStatusDto From(Submission submission) => new(
        submission.Id,
        submission.Org,
        submission.Kind.ToContract(),
        submission.Status.ToContract(),
        submission.ReceivedAt,
        submission.CompletedAt,
        submission.Counts,
        [.. submission.Issues.Select(SubmissionIssueDto.From)]);
}
