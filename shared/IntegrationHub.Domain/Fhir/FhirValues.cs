using Hl7.Fhir.Model;

namespace IntegrationHub.Domain.Fhir;

/// <summary>The few readings of Firely's POCOs that the hub's rules and mappings share.</summary>
public static class FhirValues
{
    /// <summary>The sender's id of an activity: its first identifier's value, else its resource id.</summary>
    public static string? SourceId(IEnumerable<Identifier> identifiers, string? id) =>
        identifiers.Select(i => i.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? id;

    /// <summary>The code of the first coding with <paramref name="system"/> in a CodeableConcept, and that coding's index.</summary>
    public static (string? Code, int Index) CodeFrom(CodeableConcept? concept, string system)
    {
        var index = concept?.Coding.FindIndex(c => c.System == system) ?? -1;
        return index < 0 ? (null, -1) : (concept!.Coding[index].Code, index);
    }

    /// <summary>Whether a status withdraws an activity the hub holds (CONTRACT §2.1).</summary>
    public static bool IsWithdrawn(string? status) => status is not null && FhirCodes.Withdrawn.Contains(status);

    /// <summary>An EpisodeOfCare typed episode-type <c>delayed-discharge</c>; other episodes are not in the hub's scope.</summary>
    public static bool IsDelayedDischarge(EpisodeOfCare episode) =>
        episode.Type.Any(t => CodeFrom(t, FhirCodes.EpisodeType).Code == "delayed-discharge");

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
