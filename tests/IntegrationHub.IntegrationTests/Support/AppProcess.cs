using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// The built app (<c>functions/bin/{configuration}/net10.0/IntegrationHub.Functions.dll</c>) as a process of its
/// own, in standalone mode against the given emulators, so what is measured of it (its working set) is the
/// app's alone and not the test host's. Its pid is recorded like an emulator's, so `./hub test` stops it if the
/// test host dies, and <see cref="Dispose"/> stops it by that pid.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> log = new();

    private AppProcess(Process process, Uri url, string signingKey)
    {
        this.process = process;
        Url = url;
        SigningKey = signingKey;
    }

    public Uri Url { get; }

    public int Pid => process.Id;

    public string SigningKey { get; }

    /// <summary>The last lines the app wrote, for a failing test's output.</summary>
    public string RecentLog => string.Join('\n', log);

    public static async Task<AppProcess> StartAsync(LocalEmulators emulators)
    {
        // The test's own build configuration (bin/Release/net10.0 → Release) names the app build beside it.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "functions", "bin", configuration, "net10.0", "IntegrationHub.Functions.dll");
        var url = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");
        var signingKey = DevelopmentTokens.NewSigningKey();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            ArgumentList = { dll, "--urls", url.ToString() },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Storage__ConnectionString"] = emulators.StorageConnectionString,
                ["Cosmos__Endpoint"] = emulators.CosmosEndpoint,
                ["Cosmos__Key"] = LocalEmulators.CosmosDevelopmentKey,
                ["Auth__DevelopmentSigningKey"] = signingKey,
                ["Pseudonymisation__DevelopmentKey"] = HubAppFactory.PseudonymisationKey,
                ["Hosting__RetryDelay"] = "00:00:00.200",
                ["Hosting__MaxPollInterval"] = "00:00:00.250",
            },
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the app");
        PidRegistry.Record(process.Id);
        var app = new AppProcess(process, url, signingKey);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    public HttpClient ClientFor(string role, string? org = null)
    {
        var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            DevelopmentTokens.Issue(SigningKey, TimeProvider.System.GetUtcNow(), role, org));
        return client;
    }

    /// <summary>Resident set size now and its high-water mark since the process started (/proc, bytes).</summary>
    public (long Current, long Peak) WorkingSet()
    {
        var lines = File.ReadAllLines($"/proc/{Pid.ToString(CultureInfo.InvariantCulture)}/status");
        long Bytes(string name) => 1024 * long.Parse(
            lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
        return (Bytes("VmRSS:"), Bytes("VmHWM:"));
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
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

        log.Enqueue(line);
        while (log.Count > 200 && log.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {process.ExitCode}:\n{RecentLog}");
            }

            try
            {
                using var response = await http.GetAsync("/api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"the app was not healthy within 90 s:\n{RecentLog}");
            }

            await Task.Delay(200);
        }
    }
}
