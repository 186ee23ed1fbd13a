using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Testing.Functions;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// A script root for one test host: the app's own host.json with the test's queue settings; deleted on dispose.
/// </summary>
public sealed class TestScriptRoot : IDisposable
{
    public TestScriptRoot(QueueHostSettings queues)
    {
        Directory.CreateDirectory(Path);
        var hostJson = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(WorkerBuild.WorkerDirectory, "host.json")))!.AsObject();
        var settings = hostJson["extensions"]!["queues"]!.AsObject();
        settings["visibilityTimeout"] = queues.VisibilityTimeout.ToString("c", CultureInfo.InvariantCulture);
        settings["maxPollingInterval"] = queues.MaxPollingInterval.ToString("c", CultureInfo.InvariantCulture);
        settings["maxDequeueCount"] = queues.MaxDequeueCount;
        settings["batchSize"] = queues.BatchSize;
        File.WriteAllText(System.IO.Path.Combine(Path, "host.json"), hostJson.ToJsonString());
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ih-script-root-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
