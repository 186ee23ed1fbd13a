using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Infrastructure.Cosmos.People;

/// <summary>Stored activity, in its person's partition (id = activity id).</summary>
public sealed record ActivityDocument
{
    public required string Id { get; init; }

    public required string PersonId { get; init; }

    public string Type { get; init; } = "activity";

    public int Version { get; init; } = 1;

    public required string Kind { get; init; }

    public string? Setting { get; init; }

    public string? AdmissionType { get; init; }

    public DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    public int? BedDays { get; init; }

    public decimal? Hours { get; init; }

    public string? ServiceType { get; init; }

    public string? DelayReason { get; init; }

    public IReadOnlyList<ServicePeriodPart>? Periods { get; init; }

    public string? Reablement { get; init; }

    public string? CareHomeName { get; init; }

    public string? CareHomePostcode { get; init; }

    public string? NursingCare { get; init; }

    public string? CouncilCode { get; init; }

    public string? IaCode { get; init; }

    public required ActivitySource Source { get; init; }

    public bool Removed { get; init; }

    public required string ChangedBySubmission { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static ActivityDocument From(ActivityRecord a) => new()
    {
        Id = a.ActivityId,
        PersonId = a.PersonId,
        Kind = a.Kind.Value,
        Setting = a.Setting,
        AdmissionType = a.AdmissionType,
        Start = a.Start,
        End = a.End,
        BedDays = a.BedDays,
        Hours = a.Hours,
        ServiceType = a.ServiceType,
        DelayReason = a.DelayReason,
        Periods = a.Periods,
        Reablement = a.Reablement,
        CareHomeName = a.CareHomeName,
        CareHomePostcode = a.CareHomePostcode,
        NursingCare = a.NursingCare,
        CouncilCode = a.CouncilCode,
        IaCode = a.IaCode,
        Source = a.Source,
        Removed = a.Removed,
        ChangedBySubmission = a.ChangedBySubmission,
        UpdatedAt = a.UpdatedAt,
    };

    public ActivityRecord ToRecord(string? etag = null) => new()
    {
        ActivityId = Id,
        PersonId = PersonId,
        Kind = new ActivityKind(Kind),
        Setting = Setting,
        AdmissionType = AdmissionType,
        Start = Start,
        End = End,
        BedDays = BedDays,
        Hours = Hours,
        ServiceType = ServiceType,
        DelayReason = DelayReason,
        Periods = Periods,
        Reablement = Reablement,
        CareHomeName = CareHomeName,
        CareHomePostcode = CareHomePostcode,
        NursingCare = NursingCare,
        CouncilCode = CouncilCode,
        IaCode = IaCode,
        Source = Source,
        Removed = Removed,
        ChangedBySubmission = ChangedBySubmission,
        UpdatedAt = UpdatedAt,
        ETag = etag,
    };
}
