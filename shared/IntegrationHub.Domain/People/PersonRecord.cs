namespace IntegrationHub.Domain.People;

/// <summary>
/// What the hub holds about one person (Cosmos <c>persons</c>, partition = person id). Identifiable: it never
/// leaves through an analyst route.
/// </summary>
public sealed record PersonRecord
{
    public required string PersonId { get; init; }

    public string? Chi { get; init; }

    public string? Family { get; init; }

    public string? Given { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>Where <see cref="BirthDate"/> came from: the most recent NHS record wins over council records.</summary>
    public RecordSource? BirthDateSource { get; init; }

    public string? Sex { get; init; }

    public string? Postcode { get; init; }

    public string? CouncilCode { get; init; }

    public string? IaCode { get; init; }

    public DateOnly? DeceasedDate { get; init; }

    /// <summary>
    /// Set when a reviewer found this person to be another (a merge): the document stays as a forwarding address
    /// for identifiers that still name it, and writes follow it to the surviving person.
    /// </summary>
    public string? MergedInto { get; init; }

    /// <summary>The submission that first created the person; makes <c>newPeople</c> stable across retries.</summary>
    public required string CreatedBySubmission { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? ETag { get; init; }
}
