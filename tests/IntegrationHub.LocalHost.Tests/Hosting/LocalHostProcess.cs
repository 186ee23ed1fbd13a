using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>
/// The local host run as a process, as ./hub runs it, with the sample worker under it. Its pid and, once known,
/// its worker's are registered so a crashed test run leaves nothing behind; disposing kills the process tree.
/// </summary>
public sealed class LocalHostProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private int? workerProcessId;

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public int Id => process.Id;

    public int WorkerProcessId => workerProcessId ?? throw new InvalidOperationException("the host has not reported its worker yet");

    public bool HasExited => process.HasExited;

    public string Output => string.Join(Environment.NewLine, output);

    public static LocalHostProcess Start(
        string storageConnectionString,
        string? worker = null,
        string? startupTimeout = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(BuiltArtifacts.LocalHost);
        info.ArgumentList.Add("--worker");
        info.ArgumentList.Add(worker ?? BuiltArtifacts.SampleWorker);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        if (startupTimeout is not null)
        {
            info.ArgumentList.Add("--startup-timeout");
            info.ArgumentList.Add(startupTimeout);
        }

        // App settings reach the worker through the host's environment, as they do from local.settings.json.
        info.Environment["Storage"] = storageConnectionString;
        info.Environment["AzureWebJobsStorage"] = storageConnectionString;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the local host");
        PidRegistry.Record(process.Id);
        var host = new LocalHostProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        process.OutputDataReceived += (_, line) => host.Append(line.Data);
        process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for /admin/host/status to answer 200 (every function loaded) and learns the worker's pid.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var status = await Eventually.GetAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the local host exited with code {process.ExitCode} while starting:{Environment.NewLine}{Output}");
                }

                try
                {
                    using var response = await Client.GetAsync(new Uri("admin/host/status", UriKind.Relative));
                    return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonDocument>() : null;
                }
                catch (HttpRequestException)
                {
                    return null;
                }
            },
            timeout,
            "the local host reporting Running");
        using (status)
        {
            workerProcessId = status.RootElement.GetProperty("workerProcessId").GetInt32();
        }

        PidRegistry.Record(workerProcessId.Value);
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

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        if (workerProcessId is { } worker)
        {
            KillIfRunning(worker);
            PidRegistry.Forget(worker);
        }

        PidRegistry.Forget(process.Id);
        process.Dispose();
        Client.Dispose();
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
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
