using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

/// <summary>What Encounter and EpisodeOfCare share: the source id, the status and the period.</summary>
internal sealed record ActivityHeader(string? SourceId, string? Status, DateOnly? Start, DateOnly? End)
{
    public bool Withdrawn => Status is not null && FhirCodes.Withdrawn.Contains(Status);

    /// <param name="startRequired">Whether a live (not withdrawn) record must have a period.start.</param>
    public static ActivityHeader Read(JsonElement resource, string resourceType, string path, ElementReader r, bool startRequired)
    {
        var sourceId = ReferenceReader.SourceId(resource, path, r);
        if (sourceId is null)
        {
            r.Error("required", path + ".identifier", $"{resourceType} needs an identifier or an id: it is the sender's id of the record.");
        }

        var status = r.String(resource, "status", path);
        if (status is null)
        {
            r.Error("required", path + ".status", $"{resourceType}.status is required.");
        }

        DateOnly? start = null, end = null;
        var startSent = false;
        if (r.Object(resource, "period", path) is { } period)
        {
            startSent = period.TryGetProperty("start", out _);
            start = r.Date(period, "start", path + ".period", dateTime: true);
            end = r.Date(period, "end", path + ".period", dateTime: true);
        }

        var header = new ActivityHeader(sourceId, status, start, end);
        if (startRequired && !startSent && !header.Withdrawn)
        {
            r.Error("required", path + ".period.start", $"{resourceType}.period.start is required: activity is counted from its start.");
        }

        if (start is { } s && end is { } e && e < s)
        {
            r.Error("value", path + ".period.end", $"period.end {e:yyyy-MM-dd} is before period.start {s:yyyy-MM-dd}.");
        }

        return header;
    }
}
