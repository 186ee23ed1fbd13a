using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// The <c>ingest</c> queue message: only the id, the submission document holds the rest; and the trace context of
/// the accept that wrote it, so processing continues its trace.
/// </summary>
public sealed record SubmissionMessage(
    [property: JsonPropertyName("submissionId")] string SubmissionId,
    [property: JsonPropertyName(TraceParentJson.Property), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceParent = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SubmissionMessage? FromJson(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("submissionId", out var id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return new SubmissionMessage(id.GetString()!, TraceParentJson.Read(element));
        }

        return null;
    }
}
