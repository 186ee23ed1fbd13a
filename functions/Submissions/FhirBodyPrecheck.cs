using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Functions.Submissions;

/// <summary>
/// The accept-time check of a FHIR body: one forward pass of a JSON reader, no model built. It answers only
/// what must be refused as a whole (not JSON, not FHIR, unsupported bundle type, too many entries); entry-level
/// problems are found later by the processor and reported on the submission.
/// </summary>
public static class FhirBodyPrecheck
{
    public static FhirPrecheckResult Check(Stream body)
    {
        var bytes = ReadAll(body);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256, CommentHandling = JsonCommentHandling.Disallow });
        string? resourceType = null;
        string? bundleType = null;
        var entries = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return FhirPrecheckResult.Reject(400, Issue.Error("structure", string.Empty, "The body is not a JSON object: a FHIR resource or Bundle is expected."));
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var property = reader.GetString();
                reader.Read();
                switch (property)
                {
                    case "resourceType" when reader.TokenType == JsonTokenType.String:
                        resourceType = reader.GetString();
                        break;
                    case "type" when reader.TokenType == JsonTokenType.String:
                        bundleType = reader.GetString();
                        break;
                    case "entry" when reader.TokenType == JsonTokenType.StartArray:
                        entries = CountArrayItems(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // Reading to the end proves the whole body is well-formed JSON, not just its start.
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return FhirPrecheckResult.Reject(400, Issue.Error("structure", $"line {ex.LineNumber + 1}", "The body is not well-formed JSON: " + ex.Message));
        }

        if (string.IsNullOrEmpty(resourceType))
        {
            return FhirPrecheckResult.Reject(400, Issue.Error("structure", "resourceType", "The JSON has no resourceType: it is not a FHIR resource."));
        }

        if (resourceType == "Bundle")
        {
            if (bundleType is null || !FhirParser.BundleTypes.Contains(bundleType))
            {
                return FhirPrecheckResult.Reject(400, Issue.Error("not-supported", "Bundle.type", $"Bundle type '{bundleType}' is not accepted; send batch, transaction or collection."));
            }

            if (entries > FhirParser.MaxEntries)
            {
                return FhirPrecheckResult.Reject(413, Issue.Error("too-costly", "Bundle.entry", $"The bundle has {entries} entries; at most {FhirParser.MaxEntries} are accepted per submission."));
            }
        }

        return FhirPrecheckResult.Ok(resourceType == "Bundle" ? entries : 1);
    }

    private static int CountArrayItems(ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        return count;
    }

    private static ReadOnlySpan<byte> ReadAll(Stream body)
    {
        body.Position = 0;
        if (body is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            return segment.AsSpan(0, (int)memory.Length);
        }

        var bytes = new byte[body.Length];
        body.ReadExactly(bytes);
        body.Position = 0;
        return bytes;
    }
}
