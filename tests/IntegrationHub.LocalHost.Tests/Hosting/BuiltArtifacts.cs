using System.Reflection;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>Where the build put the local host and the sample worker for this test build's configuration.</summary>
public static class BuiltArtifacts
{
    private static string Configuration =>
        typeof(BuiltArtifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value!;

    public static string LocalHost => Path.Combine(
        RepoPaths.LocalInfra, "IntegrationHub.LocalHost", "bin", Configuration, "net10.0", "IntegrationHub.LocalHost.dll");

    public static string SampleWorker => Path.Combine(
        RepoPaths.Root, "tests", "IntegrationHub.LocalHost.SampleWorker", "bin", Configuration, "net10.0", "IntegrationHub.LocalHost.SampleWorker.dll");

    /// <summary>A library, not a program: "dotnet" refuses to run it, so it stands for a worker that cannot start.</summary>
    public static string NotAWorker => Path.Combine(AppContext.BaseDirectory, "IntegrationHub.Testing.dll");
}
