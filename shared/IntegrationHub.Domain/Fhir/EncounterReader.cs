using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class EncounterReader
{
    public static FhirEncounter? Read(JsonElement resource, string path, ElementReader r)
    {
        var header = ActivityHeader.Read(resource, "Encounter", path, r, startRequired: true);
        var classCode = ReadClass(resource, path, r);
        var priority = ReadCode(resource, "priority", FhirCodes.ActPriority, FhirCodes.Priorities, path, r);
        var setting = ReadCode(resource, "serviceType", FhirCodes.CareSetting, FhirCodes.Settings, path, r);

        var subject = ReferenceReader.Read(resource, "subject", path, r);
        return r.HasErrors || header.SourceId is null || header.Status is null || classCode is null || subject is null
            ? null
            : new FhirEncounter(r.String(resource, "id", path), header.SourceId, header.Status, classCode, priority, setting, header.Start, header.End, subject);
    }

    private static string? ReadClass(JsonElement resource, string path, ElementReader r)
    {
        if (r.Object(resource, "class", path) is not { } coding)
        {
            r.Error("required", path + ".class", "Encounter.class is required (v3-ActCode IMP, SS, EMER or AMB).");
            return null;
        }

        var system = r.String(coding, "system", path + ".class");
        var code = r.String(coding, "code", path + ".class");
        if (code is null || !FhirCodes.EncounterClasses.Contains(code) || (system is not null && system != FhirCodes.ActCode))
        {
            r.Error("code-invalid", path + ".class.code", $"class '{system}|{code}' is not one of {FhirCodes.ActCode} IMP, SS, EMER, AMB.");
            return null;
        }

        return code;
    }

    private static string? ReadCode(JsonElement resource, string name, string system, IReadOnlySet<string> allowed, string path, ElementReader r)
    {
        if (r.Object(resource, name, path) is not { } concept)
        {
            return null;
        }

        var (code, location) = r.CodeFrom(concept, system, path + "." + name);
        if (code is not null && !allowed.Contains(code))
        {
            r.Error("code-invalid", location!, $"{name} code '{ElementReader.Shorten(code)}' is not one of {string.Join(", ", allowed)} ({system}).");
            return null;
        }

        return code;
    }
}
