namespace IntegrationHub.Domain.Fhir;

/// <summary>Code systems and codes of CONTRACT §2.1.</summary>
public static class FhirCodes
{
    /// <summary>The CHI number's identifier system.</summary>
    public const string Chi = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string ActPriority = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
    public const string CareSetting = "https://fhir.integrationhub.scot/CodeSystem/care-setting";
    public const string EpisodeType = "https://fhir.integrationhub.scot/CodeSystem/episode-type";
    public const string DelayReason = "https://fhir.integrationhub.scot/CodeSystem/delay-reason";

    public static readonly IReadOnlySet<string> EncounterClasses = new HashSet<string>(StringComparer.Ordinal) { "IMP", "SS", "EMER", "AMB" };
    public static readonly IReadOnlySet<string> Priorities = new HashSet<string>(StringComparer.Ordinal) { "EM", "EL" };
    public static readonly IReadOnlySet<string> Settings = new HashSet<string>(StringComparer.Ordinal) { "acute", "geriatric-long-stay", "mental-health", "maternity", "community-hospital" };
    public static readonly IReadOnlySet<string> DelayReasons = new HashSet<string>(StringComparer.Ordinal) { "health-social-care", "patient-family", "code-9" };
    public static readonly IReadOnlySet<string> Genders = new HashSet<string>(StringComparer.Ordinal) { "male", "female", "other", "unknown" };

    /// <summary>Statuses that withdraw an activity the hub holds.</summary>
    public static readonly IReadOnlySet<string> Withdrawn = new HashSet<string>(StringComparer.Ordinal) { "cancelled", "entered-in-error" };
}
