using System.Globalization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Quality;

/// <summary>
/// One finished submission as the quality report needs it (no body, no issue text): written by processing when a
/// submission finishes, keyed by the submission so a retried run replaces rather than adds, and kept by the
/// Scottish month it was received in, so a month of every sender is one partition to read.
/// </summary>
public sealed record SubmissionQuality(
    string SubmissionId,
    string Org,
    string Month,
    string Kind,
    string Status,
    int Entries,
    int Rejected,
    IReadOnlyDictionary<string, int> IssuesByCode,
    IdentifierCounts Identifiers,
    DateTimeOffset ReceivedAt,
    DateTimeOffset CompletedAt)
{
    public static string MonthOf(DateTimeOffset receivedAt) =>
        ScottishTime.DateOf(receivedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static SubmissionQuality Of(Submission submission, SubmissionStatus status, SubmissionCounts counts, IReadOnlyList<Issue> issues, IdentifierCounts identifiers, DateTimeOffset completedAt) => new(
        submission.Id,
        submission.Org,
        MonthOf(submission.ReceivedAt),
        submission.Kind.ToContract(),
        status.ToContract(),
        counts.Entries,
        counts.Rejected,
        issues.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        identifiers,
        submission.ReceivedAt,
        completedAt);

    public double MinutesToComplete => (CompletedAt - ReceivedAt).TotalMinutes;
}
