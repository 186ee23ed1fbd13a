namespace IntegrationHub.Testing.Emulators;

/// <summary>
/// Records the PIDs of emulators started by tests under .hub/test-pids so that `./hub test` can stop any
/// a crashed test host left behind: a run must never leave a process running.
/// </summary>
public static class PidRegistry
{
    private static string Folder => Path.Combine(RepoPaths.Root, ".hub", "test-pids");

    public static void Record(int pid)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)), string.Empty);
    }

    public static void Forget(int pid)
    {
        var path = Path.Combine(Folder, pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
