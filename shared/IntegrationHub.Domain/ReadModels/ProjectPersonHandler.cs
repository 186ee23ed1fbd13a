using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.Telemetry;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// Brings one person's IA read models in line with their activities (DESIGN §4 step 3): a copy of each activity
/// under every month it touches in <c>ia-activity</c>, and a feed entry in <c>ia-feed</c> for each activity that
/// is new, changed or gone. Idempotent: a duplicate message finds nothing to do, and a projection that dies half
/// way is finished by its retry with the same entries (see <see cref="ProjectionState"/>). When live events are on,
/// the entries written are recorded as unsent events by the write that finishes the projection (the event outbox),
/// and the sender is asked for them; the projection itself never waits on the event channel.
/// </summary>
public sealed class ProjectPersonHandler(
    IPersonStore people,
    IProjectionStateStore states,
    IReadModelStore readModels,
    IIdentifierIndex identifiers,
    Pseudonymiser pseudonymiser,
    ActivityEventsQueue events,
    TimeProvider time,
    ILogger<ProjectPersonHandler> logger)
{
    private const int MaxAttempts = 5;

    public Task HandleAsync(string personId, CancellationToken cancellationToken) =>
        HandleAsync(new ProjectPersonMessage(personId), cancellationToken);

    public async Task HandleAsync(ProjectPersonMessage message, CancellationToken cancellationToken)
    {
        var personId = message.PersonId;
        using var span = HubTelemetry.StartFromMessage(HubSpans.Project, message.TraceParent);
        for (var attempt = 1; ; attempt++)
        {
            if (await TryProjectAsync(personId, span, cancellationToken))
            {
                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"person {personId} kept changing while being projected; the message is retried later");
            }
        }
    }

    private async Task<bool> TryProjectAsync(string personId, System.Diagnostics.Activity? span, CancellationToken cancellationToken)
    {
        var person = await people.GetPersonAsync(personId, cancellationToken);
        var activities = await people.GetActivitiesAsync(personId, cancellationToken);
        var state = await states.GetAsync(personId, cancellationToken) ?? new ProjectionState { PersonId = personId };
        var anonId = pseudonymiser.AnonId(personId);
        var desired = activities
            .Where(a => !a.Removed && a.IaCode is not null)
            .Select(a => IaActivityMapper.From(a, person, anonId))
            .Select(a => (Activity: a, Entry: new ProjectedEntry(a.ActivityId, a.Ia, a.Kind, Partitions(a), IaActivityMapper.Hash(a))))
            .OrderBy(d => d.Entry.ActivityId, StringComparer.Ordinal)
            .ToList();
        var held = state.Entries.ToDictionary(e => e.ActivityId, StringComparer.Ordinal);
        var changed = desired.Where(d => !held.TryGetValue(d.Entry.ActivityId, out var h) || !Same(h, d.Entry)).ToList();
        var wanted = desired.Select(d => d.Entry.ActivityId).ToHashSet(StringComparer.Ordinal);
        var gone = state.Entries.Where(h => !wanted.Contains(h.ActivityId)).ToList();
        if (changed.Count == 0 && gone.Count == 0 && state.Pending is null)
        {
            // Nothing new; but if the previous run died before asking for its events, ask again.
            span?.SetTag(HubTags.Outcome, "unchanged").SetTag(HubTags.Published, 0).SetTag(HubTags.Withdrawn, 0);
            await RequestEventsAsync(state, cancellationToken);
            return true;
        }

        if (state.Entries.Count == 0 && state.Pending is null)
        {
            // First projection of this person: analysts may now open them by anonId.
            await identifiers.ClaimAsync(IdentifierKeys.Anon(anonId), personId, cancellationToken);
        }

        var target = Target(desired.Select(d => d.Entry));
        var pending = state.Pending is { } p && p.Target == target ? p : new PendingPublication(target, ScottishTime.Today(time), time.GetUtcNow());
        if (state.Pending != pending)
        {
            // Written ahead of the read models, so a retry of a crashed projection publishes under the same day and time.
            var saved = await states.TrySaveAsync(state with { Pending = pending }, cancellationToken);
            if (saved is null)
            {
                return false;
            }

            state = saved;
        }

        var written = new List<FeedEntry>();
        foreach (var (activity, entry) in changed)
        {
            await PublishAsync(activity with { PublishedAt = pending.At }, entry, held.GetValueOrDefault(entry.ActivityId), pending, written, cancellationToken);
        }

        foreach (var entry in gone)
        {
            await WithdrawAsync(entry, anonId, pending, written, cancellationToken);
        }

        var unsent = events.Enabled ? Append(state.Unsent, written) : state.Unsent;

        // The outbox record carries this projection's trace context, so the events' publication continues its trace.
        var traceParent = unsent.Count > state.Unsent.Count ? HubTelemetry.CurrentTraceParent() ?? state.UnsentTraceParent : state.UnsentTraceParent;
        var done = await states.TrySaveAsync(
            state with { Entries = [.. desired.Select(d => d.Entry)], Pending = null, Unsent = unsent, UnsentTraceParent = traceParent },
            cancellationToken);
        if (done is null)
        {
            return false;
        }

        await RequestEventsAsync(done, cancellationToken);

        span?.SetTag(HubTags.Outcome, "projected").SetTag(HubTags.Published, changed.Count).SetTag(HubTags.Withdrawn, gone.Count);
        logger.LogInformation("Projected person {PersonId}: {Changed} activities published, {Gone} withdrawn", personId, changed.Count, gone.Count);
        return true;
    }

    private Task RequestEventsAsync(ProjectionState state, CancellationToken cancellationToken) =>
        events.Enabled && state.Unsent.Count > 0 ? events.RequestAsync(state.PersonId, state.UnsentTraceParent, cancellationToken) : Task.CompletedTask;

    /// <summary>The outbox after this run: what was waiting, then what was written (an entry already waiting is not doubled).</summary>
    private static IReadOnlyList<FeedEntry> Append(IReadOnlyList<FeedEntry> waiting, List<FeedEntry> written)
    {
        var ids = waiting.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        return [.. waiting, .. written.Where(e => ids.Add(e.EntryId))];
    }

    private async Task PublishAsync(IaActivity activity, ProjectedEntry entry, ProjectedEntry? before, PendingPublication pending, List<FeedEntry> written, CancellationToken cancellationToken)
    {
        foreach (var partition in entry.Partitions)
        {
            await readModels.UpsertActivityAsync(partition, activity, cancellationToken);
        }

        if (before is not null)
        {
            foreach (var stale in before.Partitions.Except(entry.Partitions, StringComparer.Ordinal))
            {
                await readModels.DeleteActivityAsync(stale, entry.ActivityId, cancellationToken);
            }

            if (before.Ia != entry.Ia)
            {
                // Moved to another IA (residence corrected): the old IA's feed must see it leave.
                var moved = DeleteEntry(before, activity.AnonId, pending);
                await readModels.UpsertFeedEntryAsync(before.Ia, moved, cancellationToken);
                written.Add(moved);
            }
        }

        var upsert = new FeedEntry(EntryId(entry.ActivityId, entry.Hash, FeedEntry.Upsert), pending.Day, FeedEntry.Upsert, pending.At, entry.ActivityId, activity.AnonId, entry.Ia, entry.Kind, activity);
        await readModels.UpsertFeedEntryAsync(entry.Ia, upsert, cancellationToken);
        written.Add(upsert);
    }

    private async Task WithdrawAsync(ProjectedEntry entry, string anonId, PendingPublication pending, List<FeedEntry> written, CancellationToken cancellationToken)
    {
        foreach (var partition in entry.Partitions)
        {
            await readModels.DeleteActivityAsync(partition, entry.ActivityId, cancellationToken);
        }

        var withdrawn = DeleteEntry(entry, anonId, pending);
        await readModels.UpsertFeedEntryAsync(entry.Ia, withdrawn, cancellationToken);
        written.Add(withdrawn);
    }

    private static FeedEntry DeleteEntry(ProjectedEntry entry, string anonId, PendingPublication pending) =>
        new(EntryId(entry.ActivityId, entry.Hash, FeedEntry.Delete), pending.Day, FeedEntry.Delete, pending.At, entry.ActivityId, anonId, entry.Ia, entry.Kind, null);

    private static IReadOnlyList<string> Partitions(IaActivity activity)
    {
        var partitions = ActiveSpan.Months(activity).Select(m => IaPartitions.Month(activity.Ia, m)).ToList();
        if (ActiveSpan.IsOpen(activity))
        {
            partitions.Add(IaPartitions.Open(activity.Ia));
        }

        return partitions;
    }

    private static bool Same(ProjectedEntry a, ProjectedEntry b) =>
        a.Hash == b.Hash && a.Ia == b.Ia && a.Partitions.SequenceEqual(b.Partitions, StringComparer.Ordinal);

    private static string EntryId(string activityId, string hash, string op) => $"{op[0]}-{activityId}-{hash}";

    private static string Target(IEnumerable<ProjectedEntry> entries)
    {
        var text = string.Join('\n', entries.Select(e => $"{e.ActivityId}|{e.Ia}|{e.Hash}|{string.Join(',', e.Partitions)}"));
        return StableHash.Hex(text, 16);
    }
}
