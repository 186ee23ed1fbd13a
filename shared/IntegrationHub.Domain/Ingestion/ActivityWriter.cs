using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion;

/// <summary>
/// Writes an activity only when it is new or its content changed, so a resend changes nothing; reports whether
/// this submission created or changed it (also when an earlier attempt of the same submission did).
/// </summary>
public sealed class ActivityWriter(IPersonStore store)
{
    /// <param name="likelyNew">The person is new to the hub through this submission: try creating before reading,
    /// which saves the read for every activity of a new person and costs one only on a retry of the submission.</param>
    public async Task<bool> SaveAsync(ActivityRecord activity, bool likelyNew, CancellationToken cancellationToken)
    {
        if (likelyNew && await store.TrySaveActivityAsync(activity with { ETag = null }, cancellationToken))
        {
            return true;
        }

        var current = await store.GetActivityAsync(activity.PersonId, activity.ActivityId, cancellationToken);
        if (current is not null && current.SameContentAs(activity))
        {
            return current.ChangedBySubmission == activity.ChangedBySubmission;
        }

        await store.SaveActivityAsync(activity, cancellationToken);
        return true;
    }

    /// <summary>
    /// Read-modify-write of one activity under optimistic concurrency, for records that several submissions build
    /// together (a social care episode gets one part per return period). <paramref name="change"/> gets the current
    /// record (null when none) and returns what it should be, or null to leave it alone.
    /// </summary>
    /// <param name="likelyNew">The person is new to the hub: try creating before reading (see <see cref="PersonWriter"/>).</param>
    /// <returns>Whether this submission created or changed it (also when an earlier attempt of it did).</returns>
    public async Task<bool> MergeAsync(
        string personId,
        string activityId,
        string submissionId,
        Func<ActivityRecord?, ActivityRecord?> change,
        bool likelyNew,
        CancellationToken cancellationToken)
    {
        if (likelyNew && change(null) is { } fresh && await store.TrySaveActivityAsync(fresh with { ETag = null }, cancellationToken))
        {
            return true;
        }

        while (true)
        {
            var current = await store.GetActivityAsync(personId, activityId, cancellationToken);
            var next = change(current);
            if (next is null)
            {
                return false;
            }

            if (current is not null && current.SameContentAs(next))
            {
                return current.ChangedBySubmission == submissionId;
            }

            if (await store.TrySaveActivityAsync(next with { ETag = current?.ETag }, cancellationToken))
            {
                return true;
            }
        }
    }

    /// <summary>Withdraws an activity the hub holds; false when it holds none (or already withdrew it).</summary>
    public async Task<bool?> RemoveAsync(string personId, string activityId, string submissionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await store.GetActivityAsync(personId, activityId, cancellationToken);
        if (current is null)
        {
            return null;
        }

        if (current.Removed)
        {
            return current.ChangedBySubmission == submissionId;
        }

        await store.SaveActivityAsync(current with { Removed = true, ChangedBySubmission = submissionId, UpdatedAt = now }, cancellationToken);
        return true;
    }
}
