using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class EpisodeOfCareReader
{
    public static FhirEpisodeOfCare? Read(JsonElement resource, string path, ElementReader r)
    {
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

        // Only a delayed discharge needs its ready-for-discharge date; other episodes are accepted and ignored.
        var header = ActivityHeader.Read(resource, "EpisodeOfCare", path, r, startRequired: delayed);
        var patient = ReferenceReader.Read(resource, "patient", path, r);
        return r.HasErrors || header.SourceId is null || header.Status is null || patient is null
            ? null
            : new FhirEpisodeOfCare(r.String(resource, "id", path), header.SourceId, header.Status, delayed, reason, header.Start, header.End, patient);
    }
}
