namespace IntegrationHub.Domain.Activities;

/// <summary>
/// One piece of activity of a person, stored in the person's partition. The id derives from the source
/// (org + record type + source id), so a resend lands on the same document and a corrected record replaces it.
/// </summary>
public sealed record ActivityRecord
{
    public required string ActivityId { get; init; }

    public required string PersonId { get; init; }

    public required ActivityKind Kind { get; init; }

    public string? Setting { get; init; }

    public string? AdmissionType { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    public int? BedDays { get; init; }

    public decimal? Hours { get; init; }

    public string? ServiceType { get; init; }

    public string? DelayReason { get; init; }

    /// <summary>Social care: the return periods that described the episode, earliest first.</summary>
    public IReadOnlyList<ServicePeriodPart>? Periods { get; init; }

    /// <summary>Home care: reablement (yes / no / not-known) as last sent.</summary>
    public string? Reablement { get; init; }

    /// <summary>Care home: the home's name and postcode (a place, not the person's address) and nursing care.</summary>
    public string? CareHomeName { get; init; }

    public string? CareHomePostcode { get; init; }

    public string? NursingCare { get; init; }

    /// <summary>Residence (health) or sending council (social care); null when it cannot be resolved.</summary>
    public string? CouncilCode { get; init; }

    public string? IaCode { get; init; }

    public required ActivitySource Source { get; init; }

    /// <summary>Withdrawn (cancelled / entered-in-error): kept as a tombstone so read models can delete it.</summary>
    public bool Removed { get; init; }

    /// <summary>The submission that last created or changed this record.</summary>
    public required string ChangedBySubmission { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The store's version of the record as read; null for a record not read from the store.</summary>
    public string? ETag { get; init; }

    /// <summary>True when the two describe the same activity, whatever submission or time wrote them.</summary>
    public bool SameContentAs(ActivityRecord other) =>
        ContentOnly(this) == ContentOnly(other) && (Periods ?? []).SequenceEqual(other.Periods ?? []);

    private static ActivityRecord ContentOnly(ActivityRecord a) =>
        a with { ChangedBySubmission = string.Empty, UpdatedAt = default, ETag = null, Periods = null };
}
