using IntegrationHub.Testing.Emulators;
using IntegrationHub.Testing.Functions;

namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>Where the build put the sample worker for this test build's configuration (the host: <see cref="WorkerBuild"/>).</summary>
public static class BuiltArtifacts
{
    public static string SampleWorker => Path.Combine(
        RepoPaths.Root, "tests", "IntegrationHub.LocalHost.SampleWorker", "bin", WorkerBuild.Configuration, "net10.0", "IntegrationHub.LocalHost.SampleWorker.dll");

    /// <summary>A library, not a program: "dotnet" refuses to run it, so it stands for a worker that cannot start.</summary>
    public static string NotAWorker => Path.Combine(AppContext.BaseDirectory, "IntegrationHub.Testing.dll");
}
