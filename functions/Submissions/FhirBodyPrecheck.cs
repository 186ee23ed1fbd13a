using System.Buffers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Functions.Submissions;

/// <summary>
/// The accept-time check of a FHIR body: one forward pass of a JSON reader, no model built. It answers only
/// what must be refused as a whole (not JSON, not FHIR, unsupported bundle type, too many entries); entry-level
/// problems are found later by the processor and reported on the submission. A UTF-8 byte order mark is skipped
/// (the processor skips it too); a body that is not UTF-8 at all is refused here, where the sender still waits
/// for the answer, naming the first bad byte.
/// </summary>
public static class FhirBodyPrecheck
{
    public static FhirPrecheckResult Check(Stream body)
    {
        var bytes = ReadAll(body);
        var bom = bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        if (NotUtf8(bytes) is { } encodingProblem)
        {
            return FhirPrecheckResult.Reject(400, encodingProblem);
        }

        bytes = bytes[bom..];
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
                // A name that is not text (an unpaired surrogate escape) is none of the three the check reads.
                var property = JsonText.TryRead(ref reader, out var name) ? name : null;
                reader.Read();
                switch (property)
                {
                    case "resourceType" when reader.TokenType == JsonTokenType.String:
                        if (!JsonText.TryRead(ref reader, out resourceType))
                        {
                            return UnpairedSurrogate("resourceType");
                        }

                        break;
                    case "type" when reader.TokenType == JsonTokenType.String:
                        if (!JsonText.TryRead(ref reader, out bundleType))
                        {
                            return UnpairedSurrogate("Bundle.type");
                        }

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

    /// <summary>Null when the body is UTF-8; else the refusal, naming the offset of the first byte that is not.</summary>
    private static Issue? NotUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Issue.Error("invalid", "body", "The body is UTF-16 (it starts with a UTF-16 byte order mark); send FHIR JSON as UTF-8.");
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return Issue.Error(
            "invalid",
            $"body byte offset {offset}",
            $"The body is not valid UTF-8: invalid UTF-8 at byte offset {offset} (byte 0x{bytes[offset]:X2}). FHIR JSON must be UTF-8; Latin-1 or Windows-1252 text must be converted before sending.");
    }

    private static FhirPrecheckResult UnpairedSurrogate(string location) =>
        FhirPrecheckResult.Reject(400, Issue.Error("invalid", location, $"{location} contains an unpaired surrogate (a \\uD800–\\uDFFF escape without its other half), which is not text."));

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
