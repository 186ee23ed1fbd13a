namespace IntegrationHub.Domain.Fhir;

/// <param name="Partial">A valid FHIR partial date (YYYY or YYYY-MM): not an error, but no day to count with.</param>
public readonly record struct FhirDateParse(DateOnly? Date, bool Partial);
