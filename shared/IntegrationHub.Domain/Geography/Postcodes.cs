namespace IntegrationHub.Domain.Geography;

/// <summary>UK postcodes in their canonical form ("G1 1AA"): any spacing and case accepted.</summary>
public static class Postcodes
{
    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var compact = new string([.. raw.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (compact.Length is < 5 or > 7 || !char.IsDigit(compact[^3]) || !char.IsLetter(compact[^1]) || !char.IsLetter(compact[0]))
        {
            return null;
        }

        return compact[..^3] + " " + compact[^3..];
    }

    /// <summary>Sector: outward code plus the inward digit ("G1 1").</summary>
    public static string? Sector(string? postcode) => Normalise(postcode) is { } p ? p[..^2] : null;

    /// <summary>District: the outward code ("G1").</summary>
    public static string? District(string? postcode) => Normalise(postcode) is { } p ? p[..^4] : null;
}
