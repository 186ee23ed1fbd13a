using System.Diagnostics;
using System.Reflection;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// The Bicep compiler restored from NuGet at the version Directory.Packages.props pins (the test project's
/// <c>BicepExecutable</c> property, passed in as assembly metadata), so every machine checks the templates with the
/// same compiler and nothing is downloaded from anywhere else.
/// </summary>
public static class BicepCompiler
{
    private static readonly Lazy<string> Executable = new(FindExecutable);

    public static string ExecutablePath => Executable.Value;

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/>; a non-zero exit throws with the compiler's own output.</summary>
    public static BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var run = Execute(workingDirectory, arguments);
        return run.ExitCode == 0 ? run : throw new BicepCompilationException(run);
    }

    /// <summary>Runs <c>bicep</c> and returns whatever it answered, failure included.</summary>
    public static BicepRun Execute(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {ExecutablePath}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BicepRun(arguments, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindExecutable()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            throw new PlatformNotSupportedException("The pinned Bicep compiler package is the linux-x64 one, the build and CI machines' platform.");
        }

        var path = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepExecutable").Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Bicep compiler at '{path}': restore the test project (the Azure.Bicep.CommandLine.linux-x64 package ships it in tools/).");
        }

        // NuGet extracts files without their Unix mode on some machines; the compiler is a native executable.
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}
