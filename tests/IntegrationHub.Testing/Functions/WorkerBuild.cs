using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.Testing.Functions;

/// <summary>Where the built worker and local host are: the same configuration (Debug/Release) as the running tests.</summary>
public static class WorkerBuild
{
    public const string AssemblyName = "IntegrationHub.Functions.dll";

    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string WorkerDirectory => Path.Combine(RepoPaths.Root, "functions", "bin", Configuration, "net10.0");

    public static string WorkerAssembly => Existing(Path.Combine(WorkerDirectory, AssemblyName));

    public static string LocalHostAssembly => Existing(Path.Combine(RepoPaths.LocalInfra, "IntegrationHub.LocalHost", "bin", Configuration, "net10.0", "IntegrationHub.LocalHost.dll"));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new InvalidOperationException($"{path} is not built; run `./hub test` (or build IntegrationHub.sln in {Configuration}) first.");
}
