using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Domain.Tests.Fhir;

public sealed class OperationOutcomesTests
{
    [Fact]
    public void EachIssue_KeepsItsSeverityCodeLocationAndMessage()
    {
        var outcome = OperationOutcomes.From(
        [
            Issue.Error("code-invalid", "Bundle.entry[3].resource.class.code", "not a class"),
            Issue.Warning("not-supported", "Bundle.entry[4].resource", "ignored"),
            Issue.Information("informational", string.Empty, "accepted"),
        ]);

        Assert.Equal(
            [
                (OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.CodeInvalid, "Bundle.entry[3].resource.class.code", "not a class"),
                (OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported, "Bundle.entry[4].resource", "ignored"),
                (OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, null, "accepted"),
            ],
            outcome.Issue.Select(i => (i.Severity!.Value, i.Code!.Value, i.Expression.SingleOrDefault(), i.Diagnostics)));
    }

    [Fact]
    public void ACodeThatIsNoIssueType_BecomesProcessing_SoTheOutcomeStaysValid() =>
        Assert.Equal(OperationOutcome.IssueType.Processing, OperationOutcomes.From([Issue.Error("no-such-code", "x", "m")]).Issue[0].Code);
}
