using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion;

/// <summary>Demographics a record carries about its person, and where the record came from.</summary>
public sealed record PersonUpdate(
    RecordSource Source,
    string? Chi,
    string? Family,
    string? Given,
    DateOnly? BirthDate,
    string? Sex,
    string? Postcode,
    string? CouncilCode,
    string? IaCode,
    DateOnly? DeceasedDate);
