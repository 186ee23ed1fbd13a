namespace IntegrationHub.Domain.Fhir;

public sealed record FhirPatient(
    string? Id,
    IReadOnlyList<FhirIdentifier> Identifiers,
    string? Family,
    string? Given,
    DateOnly? BirthDate,
    string? Gender,
    string? PostalCode,
    string? District,
    DateOnly? DeceasedDate) : FhirResource("Patient", Id);
