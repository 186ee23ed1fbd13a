using System.Diagnostics;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// Medplum's FHIR R4 validator (<c>infra/local/validate-fhir.mjs</c>): an oracle independent of Firely's SDK, for the
/// FHIR the tests send and the FHIR the hub answers with.
/// </summary>
public static class Medplum
{
    /// <summary>Validates files; exit code 0 when every one is valid, and the validator's lines naming each.</summary>
    public static async Task<(int Exit, string Output)> ValidateFilesAsync(IEnumerable<string> files)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.LocalInfra };
        info.ArgumentList.Add("validate-fhir.mjs");
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Asserts that each named JSON body (an answer the hub gave) is valid FHIR R4 for Medplum.</summary>
    public static async Task AssertValidAsync(IReadOnlyDictionary<string, string> bodies)
    {
        var directory = Directory.CreateTempSubdirectory("ih-medplum-");
        try
        {
            var files = new List<string>();
            foreach (var (name, json) in bodies)
            {
                var file = Path.Combine(directory.FullName, name + ".json");
                await File.WriteAllTextAsync(file, json);
                files.Add(file);
            }

            var (exit, output) = await ValidateFilesAsync(files);
            Assert.True(exit == 0, output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
