using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class EpisodeOfCareReader
{
    public static FhirEpisodeOfCare? Read(JsonElement resource, string path, ElementReader r)
    {
        var sourceId = ReferenceReader.SourceId(resource, path, r);
        if (sourceId is null)
        {
            r.Error("required", path + ".identifier", "EpisodeOfCare needs an identifier or an id.");
        }

        var status = r.String(resource, "status", path);
        if (status is null)
        {
            r.Error("required", path + ".status", "EpisodeOfCare.status is required.");
        }

        var delayed = false;
        string? reason = null;
        foreach (var (type, location) in r.Objects(resource, "type", path))
        {
            if (r.CodeFrom(type, FhirCodes.EpisodeType, location).Code == "delayed-discharge")
            {
                delayed = true;
            }

            var (code, codeLocation) = r.CodeFrom(type, FhirCodes.DelayReason, location);
            if (code is not null && !FhirCodes.DelayReasons.Contains(code))
            {
                r.Error("code-invalid", codeLocation!, $"delay reason '{ElementReader.Shorten(code)}' is not health-social-care, patient-family or code-9.");
            }
            else
            {
                reason ??= code;
            }
        }

        DateOnly? start = null, end = null;
        var startSent = false;
        if (r.Object(resource, "period", path) is { } period)
        {
            startSent = period.TryGetProperty("start", out _);
            start = r.Date(period, "start", path + ".period", dateTime: true);
            end = r.Date(period, "end", path + ".period", dateTime: true);
        }

        var withdrawn = status is not null && FhirCodes.Withdrawn.Contains(status);
        if (delayed && start is null && !withdrawn && !startSent)
        {
            r.Error("required", path + ".period.start", "period.start (the ready-for-discharge date) is required for a delayed discharge.");
        }

        if (start is { } s && end is { } e && e < s)
        {
            r.Error("value", path + ".period.end", $"period.end {e:yyyy-MM-dd} is before period.start {s:yyyy-MM-dd}.");
        }

        var patient = ReferenceReader.Read(resource, "patient", path, r);
        return r.HasErrors || sourceId is null || status is null || patient is null
            ? null
            : new FhirEpisodeOfCare(r.String(resource, "id", path), sourceId, status, delayed, reason, start, end, patient);
    }
}
