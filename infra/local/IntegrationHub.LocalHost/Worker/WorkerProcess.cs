using System.Diagnostics;
using System.Globalization;
using IntegrationHub.LocalHost.Configuration;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>The launched worker. Its exit is observable; stopping it kills its whole process tree.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public Task<int> Exited => exited.Task;

    public bool HasExited => exited.Task.IsCompleted;

    /// <summary>
    /// Starts the worker with exactly the switches worker 2.x reads; without the message-length switch it dies on
    /// its first send. App settings reach it as the host's own environment.
    /// </summary>
    public static WorkerProcess Start(LocalHostOptions options, Uri functionsUri, string workerId, ILogger logger)
    {
        var workerPath = Path.GetFullPath(options.Worker);
        var isAssembly = workerPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(isAssembly ? DotnetHost() : workerPath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = options.WorkerDirectory,
        };
        if (isAssembly)
        {
            info.ArgumentList.Add(workerPath);
        }

        foreach (var argument in new[]
        {
            "--functions-uri", functionsUri.ToString(),
            "--functions-worker-id", workerId,
            "--functions-request-id", Guid.NewGuid().ToString(),
            "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        // Without it every function load fails: the worker resolves each function's script file against it.
        info.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = options.WorkerDirectory;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, line) => WriteOutput(logger, line.Data);
        process.ErrorDataReceived += (_, line) => WriteOutput(logger, line.Data);
        process.Exited += (_, _) => worker.exited.TrySetResult(SafeExitCode(process));
        if (!process.Start())
        {
            throw new WorkerStartupException("could not start the worker " + workerPath);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Kills the worker and anything it started; a no-op once it has exited.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public void Dispose() => process.Dispose();

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private static void WriteOutput(ILogger logger, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            logger.LogInformation("{WorkerOutput}", line);
        }
    }
}
