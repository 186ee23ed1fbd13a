namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>The compiler refused a template; the message is the compiler's own, so a failing test says what to fix.</summary>
public sealed class BicepCompilationException(BicepRun run)
    : Exception($"{run.CommandLine} failed (exit {run.ExitCode}):\n{run.StandardError}{run.StandardOutput}")
{
    public BicepRun Run { get; } = run;
}
