using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>One data row of an extract that passed the row rules, with its values parsed and cleaned.</summary>
public sealed record ExtractRow
{
    /// <summary>The line the row starts on (the header is line 1).</summary>
    public required int Line { get; init; }

    public required Council Council { get; init; }

    public required string SocialCareId { get; init; }

    public required ReturnPeriod Period { get; init; }

    /// <summary>A valid CHI (invalid ones are dropped with a warning).</summary>
    public string? Chi { get; init; }

    public string? Forename { get; init; }

    public string? Surname { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>male, female or unknown (ISO 5218 0 and 9), as the hub stores sex.</summary>
    public string? Sex { get; init; }

    public string? Postcode { get; init; }

    public DateOnly? DeathDate { get; init; }

    public required SocialCareService Service { get; init; }

    public required int ServiceType { get; init; }

    public required DateOnly Start { get; init; }

    /// <summary>Null: ongoing. An end before the start has already been set to the period end.</summary>
    public DateOnly? End { get; init; }

    public decimal? Hours { get; init; }

    public string? Reablement { get; init; }

    public string? CareHomeName { get; init; }

    public string? CareHomePostcode { get; init; }

    public string? NursingCare { get; init; }

    /// <summary>The service episode the row belongs to: client, service, service type and start date.</summary>
    public string EpisodeKey => $"{SocialCareId}|{Service.Code}|{ServiceType}|{Start:yyyy-MM-dd}";
}
