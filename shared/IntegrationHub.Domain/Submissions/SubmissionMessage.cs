using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Domain.Submissions;

/// <summary>The <c>ingest</c> queue message: only the id, the submission document holds the rest.</summary>
public sealed record SubmissionMessage([property: JsonPropertyName("submissionId")] string SubmissionId)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static SubmissionMessage? FromJson(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("submissionId", out var id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return new SubmissionMessage(id.GetString()!);
        }

        return null;
    }
}
