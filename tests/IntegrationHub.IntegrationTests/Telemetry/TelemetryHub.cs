using System.Net;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>
/// Emulators of the test's own (so no other test's worker takes its messages, and every span of the run is this
/// worker's) and the real worker exporting its spans and metrics to a folder of the test, as <c>./hub up</c> does.
/// </summary>
public sealed class TelemetryHub : IDisposable
{
    public const string Board = "S08000031";
    public const string Glasgow = "S12000049";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public TelemetryHub()
    {
        Directory.CreateDirectory(Folder);
        App = new HubAppFactory(emulators, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Telemetry:LocalDirectory"] = Folder,
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "hub-telemetry-" + Guid.NewGuid().ToString("N"));

    public HubAppFactory App { get; }

    /// <summary>Every span the worker has exported so far.</summary>
    public IReadOnlyList<ExportedSpan> Spans() => [.. Lines("spans.ndjson").Select(ExportedSpan.Parse)];

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
    public async Task<string> SubmitAsync(string org, string route, HttpContent body)
    {
        using var client = App.ClientFor("Submitter", org);
        using var response = await client.PostAsync(route, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
        var status = await SubmissionPolling.WaitForFinishAsync(client, location);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        return location[(location.LastIndexOf('/') + 1)..];
    }

    public void Dispose()
    {
        App.Dispose();
        emulators.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
