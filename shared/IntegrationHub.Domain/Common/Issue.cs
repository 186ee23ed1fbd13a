namespace IntegrationHub.Domain.Common;

/// <summary>
/// One structured problem found in what a sender sent: how bad, which code, where (a FHIRPath-like
/// location such as <c>Bundle.entry[3].resource.birthDate</c> or <c>line 17 column date_of_birth</c>) and why.
/// Translated to OperationOutcome or problem+json only at the edge.
/// </summary>
public sealed record Issue(IssueSeverity Severity, string Code, string Location, string Message)
{
    public static Issue Error(string code, string location, string message) => new(IssueSeverity.Error, code, location, message);

    public static Issue Warning(string code, string location, string message) => new(IssueSeverity.Warning, code, location, message);

    public static Issue Information(string code, string location, string message) => new(IssueSeverity.Information, code, location, message);
}
