using Hl7.Fhir.Model;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>
/// Encounters and delayed-discharge episodes, as Firely's POCOs, into the hub's activity records (CONTRACT §2.1, §3).
/// Only entries the rules accepted get here, so the ids, class and start they need are present.
/// </summary>
public static class FhirActivityMapper
{
    public static ActivityRecord FromEncounter(Encounter encounter, string personId, Residence residence, string org, string submissionId, DateTimeOffset now)
    {
        var sourceId = FhirValues.SourceId(encounter.Identifier, encounter.Id)!;
        var start = ScottishDates.Of(encounter.Period!.Start)!.Value;
        var end = ScottishDates.Of(encounter.Period.End);
        var kind = encounter.Class!.Code switch
        {
            "IMP" => ActivityKind.InpatientAdmission,
            "SS" => ActivityKind.DayCase,
            "EMER" => ActivityKind.AeAttendance,
            _ => ActivityKind.Outpatient,
        };
        return new ActivityRecord
        {
            ActivityId = ActivityIds.For(org, "Encounter", sourceId),
            PersonId = personId,
            Kind = kind,
            Setting = FhirValues.CodeFrom(encounter.ServiceType, FhirCodes.CareSetting).Code,
            AdmissionType = FhirValues.CodeFrom(encounter.Priority, FhirCodes.ActPriority).Code switch
            {
                "EM" => "emergency",
                "EL" => "elective",
                _ => null,
            },
            Start = start,
            End = end,
            BedDays = kind == ActivityKind.InpatientAdmission ? BedDays.Between(start, end) : null,
            CouncilCode = residence.CouncilCode,
            IaCode = residence.IaCode,
            Source = new ActivitySource(org, "fhir", "Encounter", sourceId),
            ChangedBySubmission = submissionId,
            UpdatedAt = now,
        };
    }

    public static ActivityRecord FromDelayedDischarge(EpisodeOfCare episode, string personId, Residence residence, string org, string submissionId, DateTimeOffset now)
    {
        var sourceId = FhirValues.SourceId(episode.Identifier, episode.Id)!;
        return new()
        {
            ActivityId = ActivityIds.For(org, "EpisodeOfCare", sourceId),
            PersonId = personId,
            Kind = ActivityKind.DelayedDischarge,
            Start = ScottishDates.Of(episode.Period!.Start)!.Value,
            End = ScottishDates.Of(episode.Period.End),
            DelayReason = episode.Type.Select(t => FhirValues.CodeFrom(t, FhirCodes.DelayReason).Code).FirstOrDefault(c => c is not null),
            CouncilCode = residence.CouncilCode,
            IaCode = residence.IaCode,
            Source = new ActivitySource(org, "fhir", "EpisodeOfCare", sourceId),
            ChangedBySubmission = submissionId,
            UpdatedAt = now,
        };
    }

    public static ActivityRecord Death(string personId, DateOnly date, Residence residence, string org, string submissionId, DateTimeOffset now) => new()
    {
        ActivityId = ActivityIds.DeathOf(personId),
        PersonId = personId,
        Kind = ActivityKind.Death,
        Start = date,
        End = date,
        CouncilCode = residence.CouncilCode,
        IaCode = residence.IaCode,
        Source = new ActivitySource(org, "fhir", "Patient", personId),
        ChangedBySubmission = submissionId,
        UpdatedAt = now,
    };
}
