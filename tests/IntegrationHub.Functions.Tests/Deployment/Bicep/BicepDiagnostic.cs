namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>A compiler or linter finding, as SARIF reports it.</summary>
public sealed record BicepDiagnostic(string File, string Level, string RuleId, string Message)
{
    public override string ToString() => $"{File}: {Level} {RuleId}: {Message}";
}
