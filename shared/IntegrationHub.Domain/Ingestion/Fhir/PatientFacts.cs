using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>What the hub takes from a Patient to link and describe a person (CONTRACT §2.1), read from Firely's POCO.</summary>
public static class PatientFacts
{
    /// <summary>The identifiers with a value, each with its index in the resource (for issue locations).</summary>
    public static IEnumerable<(int Index, string? System, string Value)> Identifiers(Patient patient) =>
        patient.Identifier
            .Select((identifier, index) => (Index: index, identifier.System, Value: identifier.Value?.Trim()))
            .Where(i => !string.IsNullOrEmpty(i.Value))
            .Select(i => (i.Index, i.System, i.Value!));

    public static string? Family(Patient patient) => patient.Name.Select(n => n.Family?.Trim()).FirstOrDefault(f => !string.IsNullOrEmpty(f));

    public static string? Given(Patient patient) => patient.Name.Select(n => n.Given.FirstOrDefault()?.Trim()).FirstOrDefault(g => !string.IsNullOrEmpty(g));

    public static string? Gender(Patient patient) => patient.Gender?.GetLiteral();

    public static DateOnly? BirthDate(Patient patient) => ScottishDates.Of(patient.BirthDate);

    public static DateOnly? DeceasedDate(Patient patient) => ScottishDates.Of((patient.Deceased as FhirDateTime)?.Value);

    /// <summary>The postcode and district of the first address that has either: they are read together, from one address.</summary>
    public static (string? PostalCode, string? District) Residence(Patient patient) =>
        patient.Address
            .Select(a => (PostalCode: a.PostalCode?.Trim() is { Length: > 0 } code ? code : null, District: a.District?.Trim() is { Length: > 0 } area ? area : null))
            .FirstOrDefault(a => a.PostalCode is not null || a.District is not null);
}
