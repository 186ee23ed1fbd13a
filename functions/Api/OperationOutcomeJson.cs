using System.Text.Json;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Functions.Api;

/// <summary>Writes issues as a FHIR R4 OperationOutcome: the error shape of every FHIR route.</summary>
public static class OperationOutcomeJson
{
    public const string ContentType = "application/fhir+json";

    public static IResult Result(int statusCode, params Issue[] issues) =>
        new FhirJsonResult(Write(issues), statusCode);

    public static byte[] Write(IEnumerable<Issue> issues)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "OperationOutcome");
            writer.WriteStartArray("issue");
            foreach (var issue in issues)
            {
                writer.WriteStartObject();
                writer.WriteString("severity", issue.Severity switch
                {
                    IssueSeverity.Error => "error",
                    IssueSeverity.Warning => "warning",
                    _ => "information",
                });
                writer.WriteString("code", issue.Code);
                writer.WriteString("diagnostics", issue.Message);
                if (!string.IsNullOrEmpty(issue.Location))
                {
                    writer.WriteStartArray("expression");
                    writer.WriteStringValue(issue.Location);
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
