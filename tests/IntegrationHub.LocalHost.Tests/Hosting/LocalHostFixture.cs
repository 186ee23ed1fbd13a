using Azure.Storage.Queues;
using IntegrationHub.Testing.Emulators;
using IntegrationHub.Testing.Functions;

namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>Azurite on free loopback ports and one local host running the sample worker, shared by the collection.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public const string WorkQueue = "work-items";

    private LocalEmulators? emulators;
    private LocalHostProcess? host;

    public LocalHostProcess Host => host ?? throw new InvalidOperationException("not started");

    public string StorageConnectionString => emulators?.StorageConnectionString ?? throw new InvalidOperationException("not started");

    public RecordedQueue Attempts { get; private set; } = null!;

    public RecordedQueue Done { get; private set; } = null!;

    public RecordedQueue Ticks { get; private set; } = null!;

    public RecordedQueue Startups { get; private set; } = null!;

    /// <summary>The queue trigger reads base64, the Functions default, as host.json states.</summary>
    public QueueClient Queue(string name) =>
        new(StorageConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>
    /// Kills Azurite, as a crash would, and starts it again on the same ports. A killed Azurite loses what it had
    /// not saved, so the records other tests look for are read into memory first (the startup run's included).
    /// </summary>
    public async Task RestartStorageAsync()
    {
        var azurite = emulators?.Azurite ?? throw new InvalidOperationException("not started");
        await Startups.WaitForAsync(records => records.Count >= 1, TimeSpan.FromSeconds(30), "the startup run before the restart");
        foreach (var recorded in new[] { Attempts, Done, Ticks })
        {
            await recorded.WaitForAsync(_ => true, TimeSpan.FromSeconds(30), "records read before the restart");
        }

        azurite.Stop();
        azurite.Start();
    }

    /// <summary>The sample worker's app settings: its storage connection (and the host's own), then <paramref name="extra"/>.</summary>
    public IReadOnlyDictionary<string, string?> Settings(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Storage"] = StorageConnectionString,
            ["AzureWebJobsStorage"] = StorageConnectionString,
            ["WorkQueue"] = WorkQueue,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return settings;
    }

    public async Task InitializeAsync()
    {
        emulators = LocalEmulators.StartPrivate();
        Attempts = new RecordedQueue(StorageConnectionString, "attempts");
        Done = new RecordedQueue(StorageConnectionString, "done");
        Ticks = new RecordedQueue(StorageConnectionString, "ticks");
        Startups = new RecordedQueue(StorageConnectionString, "startups");
        host = LocalHostProcess.Start(BuiltArtifacts.SampleWorker, Settings());
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        host?.Dispose();
        emulators?.Dispose();
        return Task.CompletedTask;
    }
}
