using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class EncounterReader
{
    public static FhirEncounter? Read(JsonElement resource, string path, ElementReader r)
    {
        var sourceId = ReferenceReader.SourceId(resource, path, r);
        if (sourceId is null)
        {
            r.Error("required", path + ".identifier", "Encounter needs an identifier or an id: it is the board's episode id.");
        }

        var status = r.String(resource, "status", path);
        if (status is null)
        {
            r.Error("required", path + ".status", "Encounter.status is required.");
        }

        var classCode = ReadClass(resource, path, r);
        var priority = ReadCode(resource, "priority", FhirCodes.ActPriority, FhirCodes.Priorities, path, r);
        var setting = ReadCode(resource, "serviceType", FhirCodes.CareSetting, FhirCodes.Settings, path, r);

        DateOnly? start = null, end = null;
        var startSent = false;
        if (r.Object(resource, "period", path) is { } period)
        {
            startSent = period.TryGetProperty("start", out _);
            start = r.Date(period, "start", path + ".period", dateTime: true);
            end = r.Date(period, "end", path + ".period", dateTime: true);
        }

        var withdrawn = status is not null && FhirCodes.Withdrawn.Contains(status);
        if (start is null && !withdrawn && !startSent)
        {
            r.Error("required", path + ".period.start", "Encounter.period.start is required: activity is counted from its start.");
        }

        if (start is { } s && end is { } e && e < s)
        {
            r.Error("value", path + ".period.end", $"period.end {e:yyyy-MM-dd} is before period.start {s:yyyy-MM-dd}.");
        }

        var subject = ReferenceReader.Read(resource, "subject", path, r);
        return r.HasErrors || sourceId is null || status is null || classCode is null || subject is null
            ? null
            : new FhirEncounter(r.String(resource, "id", path), sourceId, status, classCode, priority, setting, start, end, subject);
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
