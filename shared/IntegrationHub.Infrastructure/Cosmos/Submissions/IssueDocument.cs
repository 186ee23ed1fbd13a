using IntegrationHub.Domain.Common;

namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

public sealed record IssueDocument(string Severity, string Code, string Location, string Message)
{
    public static IssueDocument From(Issue issue) =>
        new(issue.Severity.ToString().ToLowerInvariant(), issue.Code, issue.Location, issue.Message);

    public Issue ToIssue() => new(
        Severity switch
        {
            "error" => IssueSeverity.Error,
            "warning" => IssueSeverity.Warning,
            _ => IssueSeverity.Information,
        },
        Code,
        Location,
        Message);
}
