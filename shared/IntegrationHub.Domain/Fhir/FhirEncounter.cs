namespace IntegrationHub.Domain.Fhir;

/// <param name="SourceId">The board's episode id: the first identifier's value, else the resource id.</param>
public sealed record FhirEncounter(
    string? Id,
    string SourceId,
    string Status,
    string ClassCode,
    string? Priority,
    string? Setting,
    DateOnly? Start,
    DateOnly? End,
    FhirReference Subject) : FhirResource("Encounter", Id);
