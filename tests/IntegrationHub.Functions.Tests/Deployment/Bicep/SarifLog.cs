using System.Text;
using System.Text.Json;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// Reads <c>bicep lint --diagnostics-format sarif</c>: with <c>--pattern</c> the compiler writes one SARIF log per
/// file linted, one after another, so the output is read as a sequence of JSON documents.
/// </summary>
public static class SarifLog
{
    public static (int Logs, IReadOnlyList<BicepDiagnostic> Diagnostics) Read(string output)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        var logs = 0;
        var diagnostics = new List<BicepDiagnostic>();
        while (reader.Read())
        {
            using var log = JsonDocument.ParseValue(ref reader);
            logs++;
            foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                diagnostics.AddRange(run.GetProperty("results").EnumerateArray().Select(Diagnostic));
            }
        }

        // Linting main.bicep reports its modules' findings again, beside each module's own log.
        return (logs, [.. diagnostics.Distinct()]);
    }

    private static BicepDiagnostic Diagnostic(JsonElement result)
    {
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var file = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
        var line = location.GetProperty("region").GetProperty("startLine").GetInt32();

        // SARIF's default level is "warning": the compiler leaves it out for warnings.
        var level = result.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
        return new BicepDiagnostic($"{file}({line})", level, result.GetProperty("ruleId").GetString()!, result.GetProperty("message").GetProperty("text").GetString()!);
    }
}
