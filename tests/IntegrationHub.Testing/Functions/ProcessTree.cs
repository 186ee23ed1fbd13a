using System.Globalization;

namespace IntegrationHub.Testing.Functions;

/// <summary>Linux process-tree look-ups through /proc, so a test can find and stop what a process it started launched.</summary>
public static class ProcessTree
{
    public static IReadOnlyList<int> Children(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent)
            .ToList();

    public static IReadOnlyList<int> Descendants(int root)
    {
        var all = new List<int>();
        var next = new Queue<int>([root]);
        while (next.TryDequeue(out var pid))
        {
            foreach (var child in Children(pid))
            {
                all.Add(child);
                next.Enqueue(child);
            }
        }

        return all;
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    public static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    public static void Kill(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (ArgumentException)
        {
            // already gone
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    private static int ParentOf(int pid)
    {
        try
        {
            // The command name (field 2) may hold spaces and parentheses; the fields after its last ')' are plain.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
