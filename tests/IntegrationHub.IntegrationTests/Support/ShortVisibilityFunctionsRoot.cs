namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// A copy of the app's function folders with a host.json whose queue visibility timeout is 2 s instead of 30 s,
/// so a message abandoned by an app that was stopped mid-invocation comes back within seconds. Pass
/// <see cref="Settings"/> to <see cref="HubAppFactory"/>; deleted on dispose.
/// </summary>
public sealed class ShortVisibilityFunctionsRoot : IDisposable
{
    public ShortVisibilityFunctionsRoot()
    {
        Directory.CreateDirectory(Path);
        foreach (var folder in Directory.EnumerateDirectories(AppContext.BaseDirectory).Where(d => File.Exists(System.IO.Path.Combine(d, "function.json"))))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(folder));
            Directory.CreateDirectory(target);
            File.Copy(System.IO.Path.Combine(folder, "function.json"), System.IO.Path.Combine(target, "function.json"));
        }

        File.WriteAllText(System.IO.Path.Combine(Path, "host.json"), """{"version":"2.0","extensions":{"queues":{"maxDequeueCount":5,"visibilityTimeout":"00:00:02"}}}""");
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ih-functions-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Hosting:FunctionsRoot"] = Path };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
