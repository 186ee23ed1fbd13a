namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>One run of the Bicep compiler: what it was asked and what it answered.</summary>
public sealed record BicepRun(IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    public string CommandLine => "bicep " + string.Join(' ', Arguments);
}
