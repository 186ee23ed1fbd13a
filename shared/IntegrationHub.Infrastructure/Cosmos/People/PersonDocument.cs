using IntegrationHub.Domain.People;

namespace IntegrationHub.Infrastructure.Cosmos.People;

/// <summary>Stored person (container <c>persons</c>, partition <c>/personId</c>, id = person id).</summary>
public sealed record PersonDocument
{
    public required string Id { get; init; }

    public required string PersonId { get; init; }

    public string Type { get; init; } = "person";

    public int Version { get; init; } = 1;

    public string? Chi { get; init; }

    public string? Family { get; init; }

    public string? Given { get; init; }

    public DateOnly? BirthDate { get; init; }

    public RecordSource? BirthDateSource { get; init; }

    public string? Sex { get; init; }

    public string? Postcode { get; init; }

    public string? CouncilCode { get; init; }

    public string? IaCode { get; init; }

    public DateOnly? DeceasedDate { get; init; }

    public string? MergedInto { get; init; }

    public required string CreatedBySubmission { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static PersonDocument From(PersonRecord p) => new()
    {
        Id = p.PersonId,
        PersonId = p.PersonId,
        Chi = p.Chi,
        Family = p.Family,
        Given = p.Given,
        BirthDate = p.BirthDate,
        BirthDateSource = p.BirthDateSource,
        Sex = p.Sex,
        Postcode = p.Postcode,
        CouncilCode = p.CouncilCode,
        IaCode = p.IaCode,
        DeceasedDate = p.DeceasedDate,
        MergedInto = p.MergedInto,
        CreatedBySubmission = p.CreatedBySubmission,
        UpdatedAt = p.UpdatedAt,
    };

    public PersonRecord ToRecord(string? etag) => new()
    {
        PersonId = PersonId,
        Chi = Chi,
        Family = Family,
        Given = Given,
        BirthDate = BirthDate,
        BirthDateSource = BirthDateSource,
        Sex = Sex,
        Postcode = Postcode,
        CouncilCode = CouncilCode,
        IaCode = IaCode,
        DeceasedDate = DeceasedDate,
        MergedInto = MergedInto,
        CreatedBySubmission = CreatedBySubmission,
        UpdatedAt = UpdatedAt,
        ETag = etag,
    };
}
