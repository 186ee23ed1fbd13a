using System.Globalization;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Indicators;

/// <summary>
/// The indicators of CONTRACT §4 for one IA from its current activity, month by month. Bed days count day d when
/// start &lt; d ≤ end (or "as of" while open); services count the days their rows are active, cut to the row's
/// period and to "as of"; everything after "as of" is not yet known and not counted.
/// </summary>
public static class IndicatorCalculator
{
    private static readonly HashSet<string> UnscheduledSettings = new(StringComparer.Ordinal) { "acute", "geriatric-long-stay", "mental-health" };
    private static readonly string[] DelayReasons = ["health-social-care", "patient-family", "code-9"];
    private const decimal DaysInSixMonths = 182.5m;

    /// <param name="activities">The IA's activities touching the months (and the six months before, for deaths); duplicates allowed.</param>
    public static IReadOnlyList<MonthIndicators> Compute(IEnumerable<IaActivity> activities, DateOnly fromMonth, DateOnly toMonth, DateOnly asOf)
    {
        var distinct = activities.GroupBy(a => a.ActivityId, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var months = new List<MonthIndicators>();
        for (var month = new DateOnly(fromMonth.Year, fromMonth.Month, 1); month <= toMonth; month = month.AddMonths(1))
        {
            months.Add(ForMonth(distinct, month, month.AddMonths(1).AddDays(-1), asOf));
        }

        return months;
    }

    private static MonthIndicators ForMonth(List<IaActivity> activities, DateOnly first, DateOnly last, DateOnly asOf)
    {
        var emergency = new Banded<int>();
        var unscheduled = new Banded<int>();
        var ae = new Banded<int>();
        var delayed = new Banded<int>();
        var byReason = DelayReasons.ToDictionary(r => r, _ => 0);
        var hours = new Banded<decimal>();
        var clients = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        var deaths = new Dictionary<string, (int? Age, DateOnly Date)>(StringComparer.Ordinal);

        foreach (var a in activities)
        {
            switch (a.Kind)
            {
                case var k when k == ActivityKind.InpatientAdmission.Value:
                    if (a.AdmissionType == "emergency" && a.Setting == "acute" && a.End is { } discharged && InMonth(discharged, first, last) && discharged <= asOf)
                    {
                        emergency.Add(a.AgeAtStart, n => n + 1);
                    }

                    if (a.AdmissionType == "emergency" && a.Setting is { } setting && UnscheduledSettings.Contains(setting))
                    {
                        var days = BedDaysIn(a, first, last, asOf);
                        unscheduled.Add(a.AgeAtStart, n => n + days);
                    }

                    break;
                case var k when k == ActivityKind.AeAttendance.Value:
                    if (InMonth(a.Start, first, last) && a.Start <= asOf)
                    {
                        ae.Add(a.AgeAtStart, n => n + 1);
                    }

                    break;
                case var k when k == ActivityKind.DelayedDischarge.Value:
                    var delay = BedDaysIn(a, first, last, asOf);
                    delayed.Add(a.AgeAtStart, n => n + delay);
                    if (a.DelayReason is { } reason && byReason.ContainsKey(reason))
                    {
                        byReason[reason] += delay;
                    }

                    break;
                case var k when k == ActivityKind.Death.Value:
                    if (InMonth(a.Start, first, last) && a.Start <= asOf)
                    {
                        deaths[a.AnonId] = (a.AgeAtStart, a.Start);
                    }

                    break;
                case var k when k == ActivityKind.HomeCare.Value || k == ActivityKind.CareHome.Value || k == ActivityKind.Sds.Value || k == ActivityKind.AlarmTelecare.Value:
                    CountService(a, first, last, asOf, clients, hours);
                    break;
            }
        }

        return new MonthIndicators(
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            emergency.Values,
            unscheduled.Values,
            ae.Values,
            delayed.Values,
            byReason,
            Clients(clients, ActivityKind.HomeCare),
            hours.Values.ToDictionary(h => h.Key, h => Math.Round(h.Value, 2, MidpointRounding.AwayFromZero)),
            Clients(clients, ActivityKind.CareHome),
            Clients(clients, ActivityKind.Sds),
            Clients(clients, ActivityKind.AlarmTelecare),
            Count(deaths.Values.Select(d => d.Age)),
            LastSixMonths(activities, deaths, asOf));
    }

    private static void CountService(IaActivity a, DateOnly first, DateOnly last, DateOnly asOf, Dictionary<string, Dictionary<string, HashSet<string>>> clients, Banded<decimal> hours)
    {
        var active = false;
        foreach (var (from, to, partHours) in ActiveSpan.Parts(a, asOf))
        {
            var overlap = Overlap(from, to, first, last);
            active |= overlap > 0;
            if (a.Kind == ActivityKind.HomeCare.Value && partHours is { } h && overlap > 0)
            {
                // Hours are spread evenly over the row's active days; this month gets its share of them.
                var share = h * overlap / (to.DayNumber - from.DayNumber + 1);
                hours.Add(a.AgeAtStart, n => n + share);
            }
        }

        if (!active)
        {
            return;
        }

        var byBand = clients.TryGetValue(a.Kind, out var found) ? found : clients[a.Kind] = AgeBands.All.ToDictionary(b => b, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var band in AgeBands.Of(a.AgeAtStart))
        {
            byBand[band].Add(a.AnonId);
        }
    }

    private static IReadOnlyDictionary<string, decimal?> LastSixMonths(List<IaActivity> activities, Dictionary<string, (int? Age, DateOnly Date)> deaths, DateOnly asOf)
    {
        var stays = activities.Where(a => a.Kind == ActivityKind.InpatientAdmission.Value && deaths.ContainsKey(a.AnonId)).ToLookup(a => a.AnonId, StringComparer.Ordinal);
        var hospitalDays = AgeBands.All.ToDictionary(b => b, _ => 0);
        var died = AgeBands.All.ToDictionary(b => b, _ => 0);
        foreach (var (anonId, (age, date)) in deaths)
        {
            var days = stays[anonId].Sum(s => BedDaysIn(s, date.AddDays(-181), date, asOf));
            foreach (var band in AgeBands.Of(age))
            {
                hospitalDays[band] += days;
                died[band]++;
            }
        }

        return AgeBands.All.ToDictionary(
            b => b,
            b => died[b] == 0 ? (decimal?)null : Math.Round(100m * (1m - (hospitalDays[b] / (DaysInSixMonths * died[b]))), 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>Days d in [first, last] with start &lt; d ≤ end, an open stay running to <paramref name="asOf"/>.</summary>
    private static int BedDaysIn(IaActivity a, DateOnly first, DateOnly last, DateOnly asOf)
    {
        var end = a.End ?? asOf;
        var to = ActiveSpan.Min(ActiveSpan.Min(end, asOf), last);
        var from = ActiveSpan.Max(a.Start.AddDays(1), first);
        return Math.Max(0, to.DayNumber - from.DayNumber + 1);
    }

    private static int Overlap(DateOnly from, DateOnly to, DateOnly first, DateOnly last) =>
        Math.Max(0, ActiveSpan.Min(to, last).DayNumber - ActiveSpan.Max(from, first).DayNumber + 1);

    private static bool InMonth(DateOnly day, DateOnly first, DateOnly last) => day >= first && day <= last;

    private static IReadOnlyDictionary<string, int> Clients(Dictionary<string, Dictionary<string, HashSet<string>>> clients, ActivityKind kind) =>
        AgeBands.All.ToDictionary(b => b, b => clients.TryGetValue(kind.Value, out var byBand) ? byBand[b].Count : 0);

    private static IReadOnlyDictionary<string, int> Count(IEnumerable<int?> ages)
    {
        var counts = new Banded<int>();
        foreach (var age in ages)
        {
            counts.Add(age, n => n + 1);
        }

        return counts.Values;
    }
}
