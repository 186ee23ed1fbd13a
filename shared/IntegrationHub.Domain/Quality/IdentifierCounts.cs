namespace IntegrationHub.Domain.Quality;

/// <summary>
/// Of a submission's person records (FHIR Patients, extract rows): how many carried a CHI, how many of those were
/// valid, and how many carried a postcode. Counts only, never the values.
/// </summary>
public sealed record IdentifierCounts(int Records, int ChiPresent, int ChiValid, int PostcodePresent)
{
    public static IdentifierCounts None { get; } = new(0, 0, 0, 0);
}
