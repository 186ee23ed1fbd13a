using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.Testing.Functions;

/// <summary>
/// The hub's isolated worker running under the repo's local Functions host (<c>infra/local/IntegrationHub.LocalHost</c>),
/// as two real processes on a free loopback port: what `./hub up` runs, and what Core Tools would run. Stopped by pid on
/// dispose (the host first, which terminates its worker; then anything left of the tree).
/// </summary>
public sealed class LocalFunctionsHost : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly ConcurrentQueue<string> output = new();
    private readonly Process process;

    private LocalFunctionsHost(Process process, int port)
    {
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    public int HostProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>The last lines the host and its worker wrote, for failure messages.</summary>
    public string RecentOutput => string.Join('\n', output);

    /// <summary>The worker process the host launched (a child of the host), or null when there is none.</summary>
    public int? WorkerProcessId => ProcessTree.Children(process.Id).FirstOrDefault(pid => ProcessTree.CommandLine(pid).Contains(WorkerBuild.AssemblyName, StringComparison.Ordinal)) is var pid and > 0 ? pid : null;

    /// <summary>Starts host and worker with <paramref name="environment"/> as app settings and waits until every function is loaded.</summary>
    public static LocalFunctionsHost Start(IReadOnlyDictionary<string, string?> environment, string scriptRoot)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = scriptRoot,
        };
        info.ArgumentList.Add(WorkerBuild.LocalHostAssembly);
        info.ArgumentList.Add("--worker");
        info.ArgumentList.Add(WorkerBuild.WorkerAssembly);
        info.ArgumentList.Add("--script-root");
        info.ArgumentList.Add(scriptRoot);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in environment)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the local Functions host");
        PidRegistry.Record(process.Id);
        var host = new LocalFunctionsHost(process, port);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            host.WaitUntilReady();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>The worker's resident set size now and its high-water mark since it started (/proc, bytes).</summary>
    public (long Current, long Peak) WorkerWorkingSet()
    {
        var pid = WorkerProcessId ?? throw new InvalidOperationException("the host has no worker process");
        var lines = File.ReadAllLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status");
        long Bytes(string name) => 1024 * long.Parse(
            lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
        return (Bytes("VmRSS:"), Bytes("VmHWM:"));
    }

    /// <summary>Kills the worker process only, as a crash would; the host then exits on its own.</summary>
    public void KillWorker()
    {
        if (WorkerProcessId is { } pid)
        {
            using var worker = Process.GetProcessById(pid);
            worker.Kill();
            worker.WaitForExit(10_000);
        }

        process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        var tree = ProcessTree.Descendants(process.Id);
        if (!process.HasExited)
        {
            // SIGTERM first: the host sends WorkerTerminate and its worker stops cleanly.
            using (var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
            {
                signal?.WaitForExit(5_000);
            }

            if (!process.WaitForExit(15_000))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }

        foreach (var pid in tree)
        {
            ProcessTree.Kill(pid);
        }

        PidRegistry.Forget(process.Id);
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private void WaitUntilReady()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The local Functions host exited with code {process.ExitCode} while starting:\n{RecentOutput}");
            }

            try
            {
                using var response = http.GetAsync(new Uri("/admin/host/status", UriKind.Relative)).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"The local Functions host was not ready within {StartTimeout.TotalSeconds} s:\n{RecentOutput}");
    }
}
