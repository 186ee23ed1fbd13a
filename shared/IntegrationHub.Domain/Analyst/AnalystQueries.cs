using System.Runtime.CompilerServices;
using IntegrationHub.Domain.Indicators;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Analyst;

/// <summary>
/// What the analyst routes read (CONTRACT §3): activity active in a month, a person's timeline within the IA,
/// the daily feed, indicators. Everything returned is already pseudonymised.
/// </summary>
public sealed class AnalystQueries(IReadModelStore readModels, IIdentifierIndex identifiers, IPersonStore people, Pseudonymiser pseudonymiser)
{
    public const int PageSize = 500;

    /// <summary>
    /// A page of the activities active in the month. The first page also carries the still-open stays that began
    /// in an earlier month (they are stored under their start month and as open, not under every month since).
    /// </summary>
    public async Task<ActivityPage> ActivityPageAsync(string ia, DateOnly month, string? kind, string? continuation, CancellationToken cancellationToken)
    {
        var page = await readModels.ReadActivitiesAsync(IaPartitions.Month(ia, month), kind, continuation, PageSize, cancellationToken);
        if (continuation is not null)
        {
            return page;
        }

        var open = await OpenBeforeAsync(ia, month, kind, cancellationToken).ToListAsync(cancellationToken);
        return page with { Items = [.. open, .. page.Items] };
    }

    public async IAsyncEnumerable<IaActivity> AllActivityAsync(string ia, DateOnly month, string? kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var activity in OpenBeforeAsync(ia, month, kind, cancellationToken))
        {
            yield return activity;
        }

        await foreach (var activity in readModels.ReadAllActivitiesAsync(IaPartitions.Month(ia, month), cancellationToken))
        {
            if (kind is null || activity.Kind == kind)
            {
                yield return activity;
            }
        }
    }

    /// <summary>The person's activity within the IA, oldest first; null when the anonId is unknown or has none there.</summary>
    public async Task<IReadOnlyList<IaActivity>?> TimelineAsync(string ia, string anonId, CancellationToken cancellationToken)
    {
        var personId = await identifiers.FindAsync(IdentifierKeys.Anon(anonId), cancellationToken);
        if (personId is null || pseudonymiser.AnonId(personId) != anonId)
        {
            return null;
        }

        var person = await people.GetPersonAsync(personId, cancellationToken);
        var timeline = (await people.GetActivitiesAsync(personId, cancellationToken))
            .Where(a => !a.Removed && a.IaCode == ia)
            .Select(a => IaActivityMapper.From(a, person, anonId))
            .OrderBy(a => a.Start)
            .ThenBy(a => a.ActivityId, StringComparer.Ordinal)
            .ToList();
        return timeline.Count == 0 ? null : timeline;
    }

    public IAsyncEnumerable<FeedEntry> FeedAsync(string ia, DateOnly day, CancellationToken cancellationToken) => readModels.ReadFeedAsync(ia, day, cancellationToken);

    public async Task<IReadOnlyList<MonthIndicators>> IndicatorsAsync(string ia, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken cancellationToken)
    {
        // Six months before "from": the hospital days before a death in "from" are stored under those months.
        var activities = new List<IaActivity>();
        for (var month = from.AddMonths(-6); month <= to; month = month.AddMonths(1))
        {
            await foreach (var activity in readModels.ReadAllActivitiesAsync(IaPartitions.Month(ia, month), cancellationToken))
            {
                activities.Add(activity);
            }
        }

        await foreach (var activity in readModels.ReadAllActivitiesAsync(IaPartitions.Open(ia), cancellationToken))
        {
            activities.Add(activity);
        }

        return IndicatorCalculator.Compute(activities, from, to, asOf);
    }

    private async IAsyncEnumerable<IaActivity> OpenBeforeAsync(string ia, DateOnly month, string? kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var activity in readModels.ReadAllActivitiesAsync(IaPartitions.Open(ia), cancellationToken))
        {
            if (activity.Start < month && (kind is null || activity.Kind == kind))
            {
                yield return activity;
            }
        }
    }
}
