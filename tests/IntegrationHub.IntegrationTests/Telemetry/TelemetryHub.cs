using IntegrationHub.Cli.Trace;
using System.Net;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>
/// Emulators of the test's own (so no other test's worker takes its messages, and every span of the run is this
/// worker's) and the real worker exporting its spans and metrics to a folder of the test, as <c>./hub up</c> does.
/// </summary>
public class TelemetryHub : IDisposable
{
    public const string Board = "S08000031";
    public const string Glasgow = "S12000049";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public TelemetryHub()
        : this(new Dictionary<string, string?>())
    {
    }

    protected TelemetryHub(IReadOnlyDictionary<string, string?> settings)
    {
        Directory.CreateDirectory(Folder);
        var all = new Dictionary<string, string?>(settings, StringComparer.Ordinal)
        {
            ["Telemetry:LocalDirectory"] = Folder,
            ["Telemetry:QueuePollInterval"] = "00:00:01",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        };
        App = new HubAppFactory(emulators, all);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "hub-telemetry-" + Guid.NewGuid().ToString("N"));

    public HubAppFactory App { get; }

    /// <summary>Every span the worker has exported so far.</summary>
    public IReadOnlyList<TraceSpan> Spans() => [.. Lines("spans.ndjson").Select(TraceSpan.Parse)];

    public IEnumerable<string> Lines(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Posts a body and waits until it is finished; answers the submission id.</summary>
    public async Task<string> SubmitAsync(string org, string route, HttpContent body, string expected = "completed")
    {
        using var client = App.ClientFor("Submitter", org);
        using var response = await client.PostAsync(route, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
        // A fresh worker on fresh emulators is slow to its first submission on a loaded machine (measured: 63 s under load 47).
        var status = await SubmissionPolling.WaitForFinishAsync(client, location, TimeSpan.FromMinutes(3));
        Assert.Equal(expected, status.GetProperty("status").GetString());
        return location[(location.LastIndexOf('/') + 1)..];
    }

    /// <summary>Every log record the worker has exported so far.</summary>
    public IReadOnlyList<ExportedLog> Logs() => [.. Lines("logs.ndjson").Select(ExportedLog.Parse)];

    /// <summary>The last exported value of each metric point (name and attributes), from the worker's metric file.</summary>
    public IReadOnlyList<ExportedMetric> Metrics() =>
        [.. Lines("metrics.ndjson").Select(ExportedMetric.Parse).GroupBy(m => m.Key).Select(g => g.Last())];

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            App.Dispose();
            emulators.Dispose();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
