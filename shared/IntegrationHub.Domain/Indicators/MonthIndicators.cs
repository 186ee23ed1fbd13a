namespace IntegrationHub.Domain.Indicators;

/// <summary>One month of one IA's integration indicators (CONTRACT §4).</summary>
public sealed record MonthIndicators(
    string Month,
    IReadOnlyDictionary<string, int> EmergencyAdmissions,
    IReadOnlyDictionary<string, int> UnscheduledBedDays,
    IReadOnlyDictionary<string, int> AeAttendances,
    IReadOnlyDictionary<string, int> DelayedDischargeBedDays,
    IReadOnlyDictionary<string, int> DelayedDischargeBedDaysByReason,
    IReadOnlyDictionary<string, int> HomeCareClients,
    IReadOnlyDictionary<string, decimal> HomeCareHours,
    IReadOnlyDictionary<string, int> CareHomeResidents,
    IReadOnlyDictionary<string, int> SdsClients,
    IReadOnlyDictionary<string, int> AlarmTelecareClients,
    IReadOnlyDictionary<string, int> Deaths,
    IReadOnlyDictionary<string, decimal?> LastSixMonthsInCommunityPct);
