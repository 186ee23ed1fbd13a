using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Geography;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>Encounters and delayed-discharge episodes as the hub's activity records (CONTRACT §2.1, §3).</summary>
public static class FhirActivityMapper
{
    public static ActivityRecord FromEncounter(FhirEncounter encounter, string personId, Residence residence, string org, string submissionId, DateTimeOffset now)
    {
        var kind = encounter.ClassCode switch
        {
            "IMP" => ActivityKind.InpatientAdmission,
            "SS" => ActivityKind.DayCase,
            "EMER" => ActivityKind.AeAttendance,
            _ => ActivityKind.Outpatient,
        };
        return new ActivityRecord
        {
            ActivityId = ActivityIds.For(org, "Encounter", encounter.SourceId),
            PersonId = personId,
            Kind = kind,
            Setting = encounter.Setting,
            AdmissionType = encounter.Priority switch
            {
                "EM" => "emergency",
                "EL" => "elective",
                _ => null,
            },
            Start = encounter.Start!.Value,
            End = encounter.End,
            BedDays = kind == ActivityKind.InpatientAdmission ? BedDays.Between(encounter.Start.Value, encounter.End) : null,
            CouncilCode = residence.CouncilCode,
            IaCode = residence.IaCode,
            Source = new ActivitySource(org, "fhir", "Encounter", encounter.SourceId),
            ChangedBySubmission = submissionId,
            UpdatedAt = now,
        };
    }

    public static ActivityRecord FromDelayedDischarge(FhirEpisodeOfCare episode, string personId, Residence residence, string org, string submissionId, DateTimeOffset now) => new()
    {
        ActivityId = ActivityIds.For(org, "EpisodeOfCare", episode.SourceId),
        PersonId = personId,
        Kind = ActivityKind.DelayedDischarge,
        Start = episode.Start!.Value,
        End = episode.End,
        DelayReason = episode.DelayReason,
        CouncilCode = residence.CouncilCode,
        IaCode = residence.IaCode,
        Source = new ActivitySource(org, "fhir", "EpisodeOfCare", episode.SourceId),
        ChangedBySubmission = submissionId,
        UpdatedAt = now,
    };

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
