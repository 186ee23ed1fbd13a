using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// One lint run over a copy of bicep/ with two deliberate faults, shared by the tests that look at each finding:
/// the compiler takes seconds per run.
/// </summary>
public sealed class LintFindingsOfABrokenCopy : IDisposable
{
    private readonly BrokenTemplateCopy copy = new();

    public LintFindingsOfABrokenCopy()
    {
        // A warning by default, which the compiler exits 0 on.
        copy.Append("modules/identity.bicep", "param neverUsed string = ''");

        // Off by default; bicepconfig.json makes it an error.
        copy.Replace("modules/monitoring.bicep", "  name: workspaceName\n  location: location\n", "  name: workspaceName\n  location: 'uksouth'\n");

        (_, Diagnostics) = BicepLint.Run(copy.Path);
    }

    public IReadOnlyList<BicepDiagnostic> Diagnostics { get; }

    public void Dispose() => copy.Dispose();
}
