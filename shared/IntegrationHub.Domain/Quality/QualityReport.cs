namespace IntegrationHub.Domain.Quality;

/// <summary>
/// The data quality of each sender and month, from the finished submissions' quality records: one single-partition
/// read per month, the senders outside the caller's scope dropped in code, sums and percentiles taken here.
/// </summary>
public sealed class QualityReport(ISubmissionQualityLog log)
{
    /// <param name="senders">The boards and councils the caller may see; null for all (Admin).</param>
    public async Task<IReadOnlyList<SenderMonthQuality>> ReportAsync(DateOnly from, DateOnly to, IReadOnlySet<string>? senders, CancellationToken cancellationToken)
    {
        var report = new List<SenderMonthQuality>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var records = await log.MonthAsync(key, cancellationToken);
            report.AddRange(records
                .Where(r => senders is null || senders.Contains(r.Org))
                .GroupBy(r => r.Org, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Summarise(g.Key, key, [.. g])));
        }

        return report;
    }

    public static SenderMonthQuality Summarise(string org, string month, IReadOnlyList<SubmissionQuality> records)
    {
        var entries = records.Sum(r => r.Entries);
        var rejected = records.Sum(r => r.Rejected);
        var people = records.Sum(r => r.Identifiers.Records);
        var chiPresent = records.Sum(r => r.Identifiers.ChiPresent);
        var minutes = records.Select(r => r.MinutesToComplete).Order().ToList();
        return new SenderMonthQuality(
            org,
            month,
            records.Count,
            entries,
            Percent(rejected, entries),
            records.SelectMany(r => r.IssuesByCode).GroupBy(i => i.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(i => i.Value), StringComparer.Ordinal),
            people,
            Percent(chiPresent, people),
            Percent(records.Sum(r => r.Identifiers.ChiValid), chiPresent),
            Percent(records.Sum(r => r.Identifiers.PostcodePresent), people),
            Percentile(minutes, 0.5),
            Percentile(minutes, 0.9));
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>Nearest rank: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    private static decimal? Percentile(IReadOnlyList<double> sorted, double share)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(share * sorted.Count);
        return Math.Round((decimal)sorted[Math.Max(rank, 1) - 1], 2, MidpointRounding.AwayFromZero);
    }
}
