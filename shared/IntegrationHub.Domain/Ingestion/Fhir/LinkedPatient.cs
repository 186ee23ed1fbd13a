using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>A Patient entry after linkage: its person, where the person lives, whether the hub met them now.</summary>
public sealed record LinkedPatient(string PersonId, Residence Residence, bool Created);
