using IntegrationHub.Domain.Identity;

namespace IntegrationHub.Domain.Quality;

/// <summary>Counts <see cref="IdentifierCounts"/> while a submission is processed, from parallel workers.</summary>
public sealed class IdentifierTally
{
    private int records;
    private int chiPresent;
    private int chiValid;
    private int postcodePresent;

    /// <param name="chis">The record's CHI values as sent (none, one, or several identifiers).</param>
    public void Add(IEnumerable<string?> chis, string? postcode)
    {
        Interlocked.Increment(ref records);
        var sent = chis.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (sent.Count > 0)
        {
            Interlocked.Increment(ref chiPresent);
            if (sent.Any(c => Chi.Check(c).IsValid))
            {
                Interlocked.Increment(ref chiValid);
            }
        }

        if (!string.IsNullOrWhiteSpace(postcode))
        {
            Interlocked.Increment(ref postcodePresent);
        }
    }

    public IdentifierCounts Counts() => new(Volatile.Read(ref records), Volatile.Read(ref chiPresent), Volatile.Read(ref chiValid), Volatile.Read(ref postcodePresent));
}
