namespace IntegrationHub.Testing.Emulators;

/// <summary>Locates the repository from a test's output folder so tests never depend on the working directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string LocalInfra => Path.Combine(Root, "infra", "local");

    public static string NodeModules => Path.Combine(LocalInfra, "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found above " + AppContext.BaseDirectory);
    }
}
