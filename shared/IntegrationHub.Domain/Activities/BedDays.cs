namespace IntegrationHub.Domain.Activities;

/// <summary>
/// The indicator convention: a stay counts day d when admission &lt; d ≤ discharge, so the discharge day counts,
/// the admission day does not, and a same-day stay has none.
/// </summary>
public static class BedDays
{
    public static int? Between(DateOnly start, DateOnly? end) =>
        end is { } e ? Math.Max(0, e.DayNumber - start.DayNumber) : null;

    /// <summary>Bed days of the stay that fall in [<paramref name="from"/>, <paramref name="to"/>] inclusive.</summary>
    public static int InWindow(DateOnly start, DateOnly end, DateOnly from, DateOnly to)
    {
        var first = Math.Max(start.DayNumber + 1, from.DayNumber);
        var last = Math.Min(end.DayNumber, to.DayNumber);
        return Math.Max(0, last - first + 1);
    }
}
