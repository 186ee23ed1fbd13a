using System.Diagnostics;
using System.Net.Sockets;

namespace IntegrationHub.Testing.Emulators;

/// <summary>One emulator (a node process) started on loopback by the test run and stopped by it.</summary>
public sealed class EmulatorProcess : IDisposable
{
    private readonly string name;
    private readonly string script;
    private readonly IReadOnlyList<string> arguments;
    private readonly int readinessPort;
    private Process? process;

    public EmulatorProcess(string name, string script, IReadOnlyList<string> arguments, int readinessPort)
    {
        this.name = name;
        this.script = script;
        this.arguments = arguments;
        this.readinessPort = readinessPort;
    }

    public bool IsRunning => process is { HasExited: false };

    public void Start()
    {
        if (IsRunning)
        {
            return;
        }

        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"{name} is not installed ({script} missing). Run `./hub test` or `npm ci` in infra/local first.");
        }

        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.LocalInfra,
        };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        PidRegistry.Record(process.Id);
        WaitUntilListening();
    }

    public void Stop()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        PidRegistry.Forget(process.Id);
        process.Dispose();
        process = null;
        WaitUntilClosed();
    }

    /// <summary>
    /// Asks the emulator to shut down (SIGTERM) so it can save its state, as a service restart would; Azurite
    /// saves its metadata only every few seconds, so <see cref="Stop"/> (a kill) loses its last writes.
    /// Falls back to a kill after 15 s.
    /// </summary>
    public void StopGracefully()
    {
        if (process is { HasExited: false })
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            signal?.WaitForExit(5_000);
            process.WaitForExit(15_000);
        }

        Stop();
    }

    public void Dispose() => Stop();

    private void WaitUntilListening()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting");
            }

            if (PortAnswers())
            {
                // Something answers; make sure it is this process and not another that holds the port.
                Thread.Sleep(200);
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{name} exited with code {process.ExitCode}; port {readinessPort} is held by another process");
                }

                return;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"{name} did not listen on 127.0.0.1:{readinessPort} within 60 s");
    }

    private void WaitUntilClosed()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (DateTimeOffset.UtcNow < deadline && PortAnswers())
        {
            Thread.Sleep(50);
        }
    }

    private bool PortAnswers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", readinessPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
