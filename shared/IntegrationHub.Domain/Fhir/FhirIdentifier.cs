namespace IntegrationHub.Domain.Fhir;

public sealed record FhirIdentifier(string? System, string Value)
{
    public const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";

    public bool IsChi => System == ChiSystem;
}
