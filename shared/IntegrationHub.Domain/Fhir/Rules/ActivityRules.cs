using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir.Rules;

/// <summary>What Encounter and EpisodeOfCare share: the sender's id, the period, the patient reference.</summary>
internal static class ActivityRules
{
    public static IEnumerable<Issue> Check(string resourceType, string? sourceId, string? status, Period? period, bool startRequired, string path)
    {
        if (sourceId is null)
        {
            yield return Issue.Error("required", path + ".identifier", $"{resourceType} needs an identifier or an id: it is the sender's id of the record.");
        }

        if (HubRules.TooLong(sourceId, path + ".identifier") is { } tooLong)
        {
            yield return tooLong;
        }

        var countedFromStart = startRequired && !FhirValues.IsWithdrawn(status);
        if (countedFromStart && period?.Start is null)
        {
            yield return Issue.Error("required", path + ".period.start", $"{resourceType}.period.start is required: activity is counted from its start.");
        }
        else if (countedFromStart && ScottishDates.IsPartial(period?.Start))
        {
            yield return Issue.Error("value", path + ".period.start", $"period.start '{period!.Start}' is a partial date; activity is counted from its start, which needs a day.");
        }
        else if (HubRules.Partial(period?.Start, path + ".period.start") is { } partialStart)
        {
            yield return partialStart;
        }

        if (HubRules.Partial(period?.End, path + ".period.end") is { } partialEnd)
        {
            yield return partialEnd;
        }

        if (ScottishDates.Of(period?.Start) is { } start && ScottishDates.Of(period?.End) is { } end && end < start)
        {
            yield return Issue.Error("value", path + ".period.end", $"period.end {end:yyyy-MM-dd} is before period.start {start:yyyy-MM-dd}.");
        }
    }

    /// <summary>A reference the hub resolves to a person: a literal reference or a logical identifier with a value.</summary>
    public static IEnumerable<Issue> Reference(ResourceReference? reference, string name, bool baseRequires, string path)
    {
        var location = path + "." + name;
        if (reference is null)
        {
            // Where FHIR itself requires the element, Firely has said so already.
            return baseRequires ? [] : [Issue.Error("required", location, $"{name} is required: the hub links every activity to a patient.")];
        }

        return string.IsNullOrWhiteSpace(reference.Reference) && string.IsNullOrWhiteSpace(reference.Identifier?.Value)
            ? [Issue.Error("required", location, $"{name} has neither a reference nor an identifier.")]
            : [];
    }
}
