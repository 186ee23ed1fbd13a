namespace IntegrationHub.Domain.Activities;

/// <summary>
/// One return period's part of a social care service episode (CONTRACT §2.2): each quarterly or annual row adds
/// or replaces its own part, so the episode is the union of what every period said about it.
/// </summary>
/// <param name="Period">The period as sent: <c>2025Q3</c> or <c>2025</c>.</param>
/// <param name="End">The service end date as of that period (null: still ongoing at the period's end).</param>
/// <param name="Hours">Home care hours delivered in the period; null when not recorded (never read as 0).</param>
public sealed record ServicePeriodPart(string Period, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly? End, decimal? Hours);
