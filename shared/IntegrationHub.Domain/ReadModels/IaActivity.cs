using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// An activity as IA analysts see it (CONTRACT §3 "Activity"): pseudonymised (anonId, sex and age at start only;
/// never a name, CHI, date of birth or postcode). Stored in <c>ia-activity</c> under every month it touches.
/// </summary>
public sealed record IaActivity
{
    public required string ActivityId { get; init; }

    public required string AnonId { get; init; }

    public required string Ia { get; init; }

    public required string Kind { get; init; }

    public string? Setting { get; init; }

    public string? AdmissionType { get; init; }

    public required DateOnly Start { get; init; }

    public DateOnly? End { get; init; }

    public int? BedDays { get; init; }

    public decimal? Hours { get; init; }

    public string? ServiceType { get; init; }

    public string? DelayReason { get; init; }

    public string? Sex { get; init; }

    /// <summary>Age at the activity's start (at death for a death), from the hub's date of birth; null when unknown.</summary>
    public int? AgeAtStart { get; init; }

    public required IaActivitySource Source { get; init; }

    /// <summary>Social care: the return periods, which the service-count and hours indicators need.</summary>
    public IReadOnlyList<ServicePeriodPart>? Periods { get; init; }

    /// <summary>When this version of the activity was published to the IA.</summary>
    public DateTimeOffset PublishedAt { get; init; }
}
