namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// <c>bicep lint</c> over every .bicep file below a folder. The compiler exits 0 on warnings; the deployment tests
/// treat any diagnostic as a failure, so a warning is fixed or suppressed by name (with its reason) in bicepconfig.json.
/// </summary>
public static class BicepLint
{
    public static (int Files, IReadOnlyList<BicepDiagnostic> Diagnostics) Run(string folder)
    {
        // An error-level finding makes the compiler exit 1; the findings are still in its SARIF output.
        var run = BicepCompiler.Execute(folder, "lint", "--pattern", "**/*.bicep", "--diagnostics-format", "sarif");
        var (files, diagnostics) = SarifLog.Read(run.StandardOutput);
        return run.ExitCode == 0 || diagnostics.Count > 0 ? (files, diagnostics) : throw new BicepCompilationException(run);
    }
}
