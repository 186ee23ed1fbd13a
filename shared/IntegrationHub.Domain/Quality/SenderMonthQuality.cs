namespace IntegrationHub.Domain.Quality;

/// <summary>One sender's month (CONTRACT §5, <c>GET /api/quality</c>); percentages have two decimals, null when there is nothing to divide.</summary>
public sealed record SenderMonthQuality(
    string Org,
    string Month,
    int Submissions,
    int Entries,
    decimal? RejectedPct,
    IReadOnlyDictionary<string, int> IssuesByCode,
    int PersonRecords,
    decimal? ChiPresentPct,
    decimal? ChiValidPct,
    decimal? PostcodePresentPct,
    decimal? MedianMinutesToComplete,
    decimal? P90MinutesToComplete);
