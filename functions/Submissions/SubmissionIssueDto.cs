using IntegrationHub.Domain.Common;

namespace IntegrationHub.Functions.Submissions;

public sealed record SubmissionIssueDto(string Severity, string Code, string Location, string Message)
{
    public static SubmissionIssueDto From(Issue issue) =>
        new(issue.Severity.ToString().ToLowerInvariant(), issue.Code, issue.Location, issue.Message);
}
