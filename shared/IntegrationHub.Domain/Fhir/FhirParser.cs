using System.Text.Json;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// Reads a landed FHIR body into entries of the hub's scope. Nothing a sender writes throws out of here: a body
/// that cannot be used at all is a <see cref="FhirParseResult.Failure"/>, anything else an issue on its entry
/// with a location such as <c>Bundle.entry[3].resource.birthDate</c>.
/// </summary>
public static class FhirParser
{
    public const int MaxEntries = 1000;
    /// <summary>The bundle types the hub accepts; the accept-time precheck uses the same list.</summary>
    public static readonly IReadOnlySet<string> BundleTypes = new HashSet<string>(StringComparer.Ordinal) { "batch", "transaction", "collection" };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static FhirParseResult Parse(ReadOnlyMemory<byte> body)
    {
        // Tools on Windows often start UTF-8 with a byte order mark; JSON readers do not skip it themselves.
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException ex)
        {
            return FhirParseResult.Failed(Issue.Error("structure", string.Empty, "The body is not well-formed JSON: " + ex.Message));
        }

        using (document)
        {
            try
            {
                return ParseRoot(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // Only JsonElement's lookup of a property throws here (values go through TryReadText): an escaped
                // property name that is not text (an unpaired surrogate) at the top level of the body.
                return FhirParseResult.Failed(Issue.Error("value", string.Empty, "A property name of the resource contains an unpaired surrogate (a \\uD800–\\uDFFF escape without its other half), which is not text."));
            }
        }
    }

    private static FhirParseResult ParseRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("resourceType", out var type)
            || type.ValueKind != JsonValueKind.String)
        {
            return FhirParseResult.Failed(Issue.Error("structure", "resourceType", "The JSON is not a FHIR resource: it has no resourceType."));
        }

        if (!ElementReader.TryReadText(type, out var resourceType, out var problem))
        {
            return FhirParseResult.Failed(Issue.Error("value", "resourceType", $"resourceType {problem}."));
        }

        return resourceType == "Bundle" ? ParseBundle(root) : new FhirParseResult([ReadEntry(0, resourceType, null, root)], null);
    }

    private static FhirParseResult ParseBundle(JsonElement bundle)
    {
        string? bundleType = null;
        if (bundle.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && !ElementReader.TryReadText(t, out bundleType, out var problem))
        {
            return FhirParseResult.Failed(Issue.Error("value", "Bundle.type", $"Bundle.type {problem}."));
        }

        if (bundleType is null || !BundleTypes.Contains(bundleType))
        {
            return FhirParseResult.Failed(Issue.Error("not-supported", "Bundle.type", $"Bundle type '{bundleType}' is not accepted; send batch, transaction or collection."));
        }

        if (!bundle.TryGetProperty("entry", out var entries) || entries.ValueKind == JsonValueKind.Null)
        {
            return new FhirParseResult([], null);
        }

        if (entries.ValueKind != JsonValueKind.Array)
        {
            return FhirParseResult.Failed(Issue.Error("structure", "Bundle.entry", "Bundle.entry must be an array."));
        }

        if (entries.GetArrayLength() > MaxEntries)
        {
            return FhirParseResult.Failed(Issue.Error("too-costly", "Bundle.entry", $"The bundle has {entries.GetArrayLength()} entries; at most {MaxEntries} are accepted."));
        }

        var result = new List<FhirEntry>();
        var fullUrls = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var location = $"Bundle.entry[{index}]";
            result.Add(ReadGuarded(index++, location, entry, fullUrls));
        }

        return new FhirParseResult(result, null);
    }

    private static FhirEntry ReadGuarded(int index, string location, JsonElement entry, HashSet<string> fullUrls)
    {
        try
        {
            return ReadBundleEntry(index, location, entry, fullUrls);
        }
        catch (InvalidOperationException)
        {
            // As in Parse: a property name in this entry is not text. Only this entry is rejected.
            return new FhirEntry(index, location, null, null, null, [Issue.Error("value", location, "A property name in the entry contains an unpaired surrogate (a \\uD800–\\uDFFF escape without its other half), which is not text; the entry cannot be read.")]);
        }
    }

    private static FhirEntry ReadBundleEntry(int index, string location, JsonElement entry, HashSet<string> fullUrls)
    {
        var r = new ElementReader();
        if (entry.ValueKind != JsonValueKind.Object)
        {
            r.Error("structure", location, "A bundle entry must be a JSON object.");
            return new FhirEntry(index, location, null, null, null, r.Issues);
        }

        var fullUrl = r.String(entry, "fullUrl", location);
        var resource = r.Object(entry, "resource", location);
        if (resource is null)
        {
            r.Error("required", location + ".resource", "The entry has no resource.");
            return new FhirEntry(index, location, fullUrl, null, null, r.Issues);
        }

        if (fullUrl is not null && !fullUrls.Add(fullUrl))
        {
            r.Error("duplicate", location + ".fullUrl", $"fullUrl '{ElementReader.Shorten(fullUrl)}' is already used by an earlier entry; the first one stands.");
            return new FhirEntry(index, location, fullUrl, null, null, r.Issues);
        }

        var resourceType = r.String(resource.Value, "resourceType", location + ".resource");
        if (resourceType is null)
        {
            r.Error("required", location + ".resource.resourceType", "The resource has no resourceType.");
            return new FhirEntry(index, location, fullUrl, null, null, r.Issues);
        }

        var read = ReadEntry(index, resourceType, fullUrl, resource.Value, location + ".resource");
        return read with { Location = location, Issues = [.. r.Issues, .. read.Issues] };
    }

    private static FhirEntry ReadEntry(int index, string resourceType, string? fullUrl, JsonElement resource, string? path = null)
    {
        path ??= resourceType;
        var r = new ElementReader();
        FhirResource? read = resourceType switch
        {
            "Patient" => PatientReader.Read(resource, path, r),
            "Encounter" => EncounterReader.Read(resource, path, r),
            "EpisodeOfCare" => EpisodeOfCareReader.Read(resource, path, r),
            _ => null,
        };

        if (read is null && !r.HasErrors)
        {
            r.Warning("not-supported", path, $"{ElementReader.Shorten(resourceType)} is not used by the hub; the entry is accepted and ignored.");
        }

        return new FhirEntry(index, path, fullUrl, resourceType, r.HasErrors ? null : read, r.Issues);
    }
}
