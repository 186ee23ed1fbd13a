using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Ingestion.SocialCare;

/// <summary>
/// Rows of one service episode (same client, service, service type and start date) as one activity. Each row adds
/// or replaces its period's part, so quarterly returns continue the episode and a resent period replaces itself;
/// the episode's end and reablement / care home details are those of its latest period, its hours their sum.
/// </summary>
public static class ServiceEpisodes
{
    public static string ActivityIdOf(ExtractRow row) => ActivityIds.For(row.Council.Code, "social-care-episode", row.EpisodeKey);

    /// <param name="rows">This submission's rows of the episode, in file order (a later line wins for its period).</param>
    public static ActivityRecord Apply(ActivityRecord? current, IReadOnlyList<ExtractRow> rows, string personId, string submissionId, DateTimeOffset now)
    {
        var first = rows[0];
        var parts = (current?.Periods ?? []).ToDictionary(p => p.Period, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            parts[row.Period.Label] = new ServicePeriodPart(row.Period.Label, row.Period.Start, row.Period.End, row.End, row.Hours);
        }

        var periods = parts.Values.OrderBy(p => p.PeriodStart).ThenBy(p => p.PeriodEnd).ToList();
        var latestRow = rows.OrderBy(r => r.Period.Start).ThenBy(r => r.Line).Last();
        var details = current is not null && current.Periods is { Count: > 0 } held && held[^1].PeriodStart > latestRow.Period.Start
            ? (current.Reablement, current.CareHomeName, current.CareHomePostcode, current.NursingCare)
            : (latestRow.Reablement, latestRow.CareHomeName, latestRow.CareHomePostcode, latestRow.NursingCare);
        var hours = periods.Where(p => p.Hours is not null).Select(p => p.Hours!.Value).ToList();

        return new ActivityRecord
        {
            ActivityId = ActivityIdOf(first),
            PersonId = personId,
            Kind = first.Service.Kind,
            ServiceType = first.Service.TypeName(first.ServiceType),
            Start = first.Start,
            End = periods[^1].End,
            Hours = hours.Count == 0 ? null : hours.Sum(),
            Periods = periods,
            Reablement = details.Item1,
            CareHomeName = details.Item2,
            CareHomePostcode = details.Item3,
            NursingCare = details.Item4,
            CouncilCode = first.Council.Code,
            IaCode = first.Council.IaCode,
            Source = new ActivitySource(first.Council.Code, "social-care", "episode", first.EpisodeKey),
            ChangedBySubmission = submissionId,
            UpdatedAt = now,
        };
    }

    /// <summary>A council-reported death; an NHS record of the death, when the hub has one, is kept instead.</summary>
    public static ActivityRecord? Death(ActivityRecord? current, ExtractRow row, string personId, string submissionId, DateTimeOffset now)
    {
        if (current is { Source.Kind: "fhir", Removed: false })
        {
            return null;
        }

        return new ActivityRecord
        {
            ActivityId = ActivityIds.DeathOf(personId),
            PersonId = personId,
            Kind = ActivityKind.Death,
            Start = row.DeathDate!.Value,
            End = row.DeathDate.Value,
            CouncilCode = row.Council.Code,
            IaCode = row.Council.IaCode,
            Source = new ActivitySource(row.Council.Code, "social-care", "client", row.SocialCareId),
            ChangedBySubmission = submissionId,
            UpdatedAt = now,
        };
    }
}
