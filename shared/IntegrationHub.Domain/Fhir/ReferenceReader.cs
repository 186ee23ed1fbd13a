using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class ReferenceReader
{
    /// <summary>A required reference; null (with an issue) when absent or empty.</summary>
    public static FhirReference? Read(JsonElement resource, string name, string path, ElementReader r)
    {
        var location = path + "." + name;
        if (r.Object(resource, name, path) is not { } element)
        {
            if (!resource.TryGetProperty(name, out _))
            {
                r.Error("required", location, $"{name} is required: the hub links every activity to a patient.");
            }

            return null;
        }

        var reference = r.String(element, "reference", location);
        FhirIdentifier? identifier = null;
        if (r.Object(element, "identifier", location) is { } id && r.String(id, "value", location + ".identifier") is { } value)
        {
            identifier = new FhirIdentifier(r.String(id, "system", location + ".identifier"), value);
        }

        if (reference is null && identifier is null)
        {
            r.Error("required", location, $"{name} has neither a reference nor an identifier.");
            return null;
        }

        return new FhirReference(reference, identifier);
    }

    /// <summary>The source id of an activity: its first identifier's value, else its resource id.</summary>
    public static string? SourceId(JsonElement resource, string path, ElementReader r)
    {
        foreach (var (identifier, location) in r.Objects(resource, "identifier", path))
        {
            if (r.String(identifier, "value", location) is { } value)
            {
                return value;
            }
        }

        return r.String(resource, "id", path);
    }
}
