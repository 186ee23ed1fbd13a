using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Ingestion.Fhir;

public sealed record SubjectResolution(string? PersonId, Residence? Residence, Issue? Problem)
{
    public static SubjectResolution Found(string personId, Residence residence) => new(personId, residence, null);

    public static SubjectResolution Rejected(Issue problem) => new(null, null, problem);
}
