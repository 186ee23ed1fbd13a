namespace IntegrationHub.LocalHost.Configuration;

/// <summary>The local host's own settings: section "LocalHost", or the command-line switches mapped onto it.</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "LocalHost";

    /// <summary>The built worker: its .dll (run with dotnet) or its apphost.</summary>
    public string Worker { get; set; } = string.Empty;

    /// <summary>Where the host serves HTTP, as func start does by default.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:7071";

    /// <summary>The folder holding host.json; the worker's folder when empty.</summary>
    public string ScriptRoot { get; set; } = string.Empty;

    /// <summary>How long the worker may take from launch to every function loaded before the host gives up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a stopping host waits for the invocations already running (no new ones start) before it stops the
    /// worker under them; the real host drains the same way.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the worker is given to exit after WorkerTerminate before it is killed.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The real host's default request body limit (FUNCTIONS_REQUEST_BODY_SIZE_LIMIT, 100 MB).</summary>
    public long MaxRequestBodySize { get; set; } = 104_857_600;

    /// <summary>
    /// Upper bound on host.json's queue maxPollingInterval (the real host's default is a minute): an idle local
    /// queue is polled at least this often so a message sent by a script or test is picked up quickly.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a dequeued message stays invisible while its invocation runs.</summary>
    public TimeSpan QueueProcessingVisibility { get; set; } = TimeSpan.FromMinutes(10);

    public string WorkerDirectory => Path.GetDirectoryName(Path.GetFullPath(Worker)) ?? string.Empty;

    public string EffectiveScriptRoot => string.IsNullOrWhiteSpace(ScriptRoot) ? WorkerDirectory : Path.GetFullPath(ScriptRoot);
}
