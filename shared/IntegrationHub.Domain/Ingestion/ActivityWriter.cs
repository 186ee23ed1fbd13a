using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion;

/// <summary>
/// Writes an activity only when it is new or its content changed, so a resend changes nothing; reports whether
/// this submission created or changed it (also when an earlier attempt of the same submission did).
/// </summary>
public sealed class ActivityWriter(IPersonStore store)
{
    public async Task<bool> SaveAsync(ActivityRecord activity, CancellationToken cancellationToken)
    {
        var current = await store.GetActivityAsync(activity.PersonId, activity.ActivityId, cancellationToken);
        if (current is not null && current.SameContentAs(activity))
        {
            return current.ChangedBySubmission == activity.ChangedBySubmission;
        }

        await store.SaveActivityAsync(activity, cancellationToken);
        return true;
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
