using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>The hub's issues as a FHIR R4 OperationOutcome: the error shape of every FHIR route.</summary>
public static class OperationOutcomes
{
    public static OperationOutcome From(IEnumerable<Issue> issues) => new()
    {
        Issue = [.. issues.Select(ToComponent)],
    };

    private static OperationOutcome.IssueComponent ToComponent(Issue issue)
    {
        var component = new OperationOutcome.IssueComponent
        {
            Severity = issue.Severity switch
            {
                IssueSeverity.Error => OperationOutcome.IssueSeverity.Error,
                IssueSeverity.Warning => OperationOutcome.IssueSeverity.Warning,
                _ => OperationOutcome.IssueSeverity.Information,
            },
            // The hub's codes are FHIR issue-type codes already; one that is not still yields a valid outcome.
            Code = EnumUtility.ParseLiteral<OperationOutcome.IssueType>(issue.Code) ?? OperationOutcome.IssueType.Processing,
            Diagnostics = issue.Message,
        };
        if (!string.IsNullOrEmpty(issue.Location))
        {
            component.Expression = [issue.Location];
        }

        return component;
    }
}
