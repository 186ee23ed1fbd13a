using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// The days an activity covers, for placing it in month partitions and counting it: social care rows are cut to
/// their return period (CONTRACT §4); an open stay runs to "as of"; a single event is its day.
/// </summary>
public static class ActiveSpan
{
    /// <summary>Whether the activity has no end yet and keeps counting until it gets one.</summary>
    public static bool IsOpen(IaActivity a) =>
        a.End is null && a.Periods is null && (a.Kind == ActivityKind.InpatientAdmission.Value || a.Kind == ActivityKind.DelayedDischarge.Value);

    /// <summary>The active days of each part (social care) or of the whole activity, cut to <paramref name="asOf"/>.</summary>
    public static IEnumerable<(DateOnly From, DateOnly To, decimal? Hours)> Parts(IaActivity a, DateOnly asOf)
    {
        if (a.Periods is { Count: > 0 } periods)
        {
            foreach (var part in periods)
            {
                var from = Max(a.Start, part.PeriodStart);
                var to = Min(Min(part.End ?? part.PeriodEnd, part.PeriodEnd), asOf);
                if (from <= to)
                {
                    yield return (from, to, part.Hours);
                }
            }

            yield break;
        }

        var end = a.End ?? (IsOpen(a) ? asOf : a.Start);
        var last = Min(end, asOf);
        if (a.Start <= last)
        {
            yield return (a.Start, last, a.Hours);
        }
    }

    /// <summary>The months to store the activity under: start to end (for an open stay, its start month only).</summary>
    public static IEnumerable<DateOnly> Months(IaActivity a)
    {
        var parts = Parts(a, DateOnly.MaxValue).ToList();
        var first = parts.Count == 0 ? a.Start : parts.Min(p => p.From);
        var last = IsOpen(a) || parts.Count == 0 ? first : parts.Max(p => p.To);
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
