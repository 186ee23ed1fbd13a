namespace IntegrationHub.Domain.Linkage;

/// <summary>The demographics a record offers for probabilistic matching when no identifier resolves it.</summary>
public sealed record MatchRecord(string? Family, string? Given, DateOnly? BirthDate, string? Sex, string? Postcode)
{
    /// <summary>
    /// A birth date written as eight digits that make no calendar date (19597022, 19182115), when
    /// <see cref="BirthDate"/> is null: a slip in a real date, still evidence when compared digit by digit, where
    /// dropping it would let a record with a mistyped date link on names alone.
    /// </summary>
    public string? UnreadBirthDate { get; init; }
}
