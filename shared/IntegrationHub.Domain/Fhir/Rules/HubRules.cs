using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir.Rules;

/// <summary>
/// The hub's own rules for the resources it reads (CONTRACT §2.1), beyond what FHIR's JSON rules already say: the ids,
/// codes, dates and references the hub needs to link a record and count its activity.
/// </summary>
internal static class HubRules
{
    /// <summary>At most this many characters of a string the hub stores or matches on are read.</summary>
    public const int MaxStringLength = 4096;

    public static IEnumerable<Issue> Check(Resource resource, string path) => resource switch
    {
        Patient patient => PatientRules.Check(patient, path),
        Encounter encounter => EncounterRules.Check(encounter, path),
        EpisodeOfCare episode => EpisodeOfCareRules.Check(episode, path),
        _ => [],
    };

    public static Issue? TooLong(string? value, string location) =>
        value is { Length: > MaxStringLength }
            ? Issue.Error("too-costly", location, $"The value is {value.Length} characters long; at most {MaxStringLength} are read.")
            : null;

    public static Issue? Partial(string? value, string location) =>
        ScottishDates.IsPartial(value)
            ? Issue.Warning("value", location, $"'{value}' is a partial date; the hub needs a full date and ignores it.")
            : null;
}
