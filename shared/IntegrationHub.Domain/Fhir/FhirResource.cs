namespace IntegrationHub.Domain.Fhir;

/// <summary>A resource of the hub's scope, as far as the hub reads it.</summary>
public abstract record FhirResource(string ResourceType, string? Id);
