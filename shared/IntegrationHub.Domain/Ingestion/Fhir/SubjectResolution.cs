using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <param name="PersonIsNew">The person was created by this submission (a Patient of the same bundle), so its activities are most likely new too.</param>
public sealed record SubjectResolution(string? PersonId, Residence? Residence, Issue? Problem, bool PersonIsNew = false)
{
    public static SubjectResolution Found(string personId, Residence residence, bool personIsNew = false) => new(personId, residence, null, personIsNew);

    public static SubjectResolution Rejected(Issue problem) => new(null, null, problem);
}
