namespace IntegrationHub.Domain.Fhir;

/// <summary>A subject/patient reference: a literal reference (fullUrl or <c>Patient/{id}</c>) or a logical identifier.</summary>
public sealed record FhirReference(string? Reference, FhirIdentifier? Identifier);
