using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.Testing.Functions;

/// <summary>
/// The repo's local Functions host (<c>infra/local/IntegrationHub.LocalHost</c>) run as a process on a free loopback
/// port with a worker under it, as `./hub up` runs it: the hub's own worker for the integration tests, the sample
/// worker for the host's tests. Its pid and, once the host reports it, its worker's are registered so a crashed test
/// run leaves nothing behind; disposing stops the host as a service manager would (SIGTERM, the host terminates its
/// worker) and kills whatever is left.
/// </summary>
public sealed class LocalHostProcess : IDisposable
{
    private const int KeptLines = 5000;
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly StreamWriter log;
    private int? workerProcessId;
    private bool closed;

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        // Kept whole on disk (the in-memory copy is bounded), so a failed CI run can be read afterwards.
        LogPath = Path.Combine(RepoPaths.Root, ".hub", "logs", "test-hosts", $"host-{process.Id.ToString(CultureInfo.InvariantCulture)}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(LogPath)!);
        log = new StreamWriter(LogPath, append: false) { AutoFlush = true };
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public int Id => process.Id;

    public int WorkerProcessId => workerProcessId ?? throw new InvalidOperationException("the host has not reported its worker yet");

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything the host and its worker wrote, under .hub/logs/test-hosts.</summary>
    public string LogPath { get; }

    /// <summary>What the host and its worker wrote (the last lines, for failure messages and log checks).</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts the host with <paramref name="environment"/> as app settings (':' written as '__'); does not wait.</summary>
    public static LocalHostProcess Start(string worker, IReadOnlyDictionary<string, string?> environment, string? scriptRoot = null, string? startupTimeout = null)
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = scriptRoot ?? RepoPaths.Root,
            ArgumentList = { WorkerBuild.LocalHostAssembly, "--worker", worker, "--urls", $"http://127.0.0.1:{port}" },
        };
        if (scriptRoot is not null)
        {
            info.ArgumentList.Add("--script-root");
            info.ArgumentList.Add(scriptRoot);
        }

        if (startupTimeout is not null)
        {
            info.ArgumentList.Add("--startup-timeout");
            info.ArgumentList.Add(startupTimeout);
        }

        // App settings reach the worker through the host's environment, as they do from local.settings.json.
        foreach (var (name, value) in environment)
        {
            info.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the local host");
        PidRegistry.Record(process.Id);
        var host = new LocalHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for /admin/host/status to answer 200 (every function loaded) and learns the worker's pid.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                await ReadToEndAsync();
                throw new InvalidOperationException($"the local host exited with code {process.ExitCode} while starting:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("admin/host/status", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    using var status = await response.Content.ReadFromJsonAsync<JsonDocument>();
                    workerProcessId = status!.RootElement.GetProperty("workerProcessId").GetInt32();
                    PidRegistry.Record(workerProcessId.Value);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"the local host was not ready within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Asks the host to stop as Ctrl+C or a service manager would (SIGTERM).</summary>
    public void Terminate()
    {
        using var signal = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        });
        signal?.WaitForExit(5_000);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    /// <summary>Kills the worker process only, as a crash would; the host then exits on its own.</summary>
    public void KillWorker()
    {
        KillIfRunning(WorkerProcessId);
        process.WaitForExit(30_000);
    }

    /// <summary>The worker's resident set size now and its high-water mark since it started (/proc, bytes).</summary>
    public (long Current, long Peak) WorkerWorkingSet()
    {
        var lines = File.ReadAllLines($"/proc/{WorkerProcessId.ToString(CultureInfo.InvariantCulture)}/status");
        long Bytes(string name) => 1024 * long.Parse(
            lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
        return (Bytes("VmRSS:"), Bytes("VmHWM:"));
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Terminate();
            // The host drains first (its running invocations finish, up to 20 s), then stops its worker (5 s).
            if (!process.WaitForExit(40_000))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }

        if (workerProcessId is { } worker)
        {
            KillIfRunning(worker);
            PidRegistry.Forget(worker);
        }

        PidRegistry.Forget(process.Id);
        process.Dispose();
        Client.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
    }

    /// <summary>
    /// An exited process's last lines (the reason it stopped) can still be on their way from the output readers;
    /// waiting for the process again also waits for the end of its redirected output.
    /// </summary>
    private async Task ReadToEndAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // Something else holds the output open; report what has arrived.
        }
    }

    public static bool IsRunning(int processId)
    {
        try
        {
            using var found = Process.GetProcessById(processId);
            return !found.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void KillIfRunning(int processId)
    {
        try
        {
            using var found = Process.GetProcessById(processId);
            found.Kill(entireProcessTree: true);
            found.WaitForExit(10_000);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            // Lines can still arrive from the output readers while the process is being disposed.
            if (!closed)
            {
                log.WriteLine(line);
            }
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }
}
