using System.Collections.Concurrent;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// The real person store, except that each submission's writes after the first <c>writesPerSubmission</c> never
/// return, as if the process had frozen there; the test then really stops the app. A write counts for the
/// submission that made the record (a person's <c>CreatedBySubmission</c>, an activity's
/// <c>ChangedBySubmission</c>), so every submission in flight is caught part-way, with some of its people and
/// activities written and the rest not. Reads, and the writes before that point, go to Cosmos.
/// </summary>
public sealed class HangingPersonStore(IPersonStore inner, int writesPerSubmission) : IPersonStore
{
    private readonly ConcurrentDictionary<string, int> writes = new(StringComparer.Ordinal);
    private int blocked;

    /// <summary>Writes held so far (each one a write the dying app never made).</summary>
    public int Blocked => Volatile.Read(ref blocked);

    public Task<PersonRecord?> GetPersonAsync(string personId, CancellationToken cancellationToken) => inner.GetPersonAsync(personId, cancellationToken);

    public async Task<PersonRecord?> TrySavePersonAsync(PersonRecord person, CancellationToken cancellationToken)
    {
        await GateAsync(person.CreatedBySubmission, cancellationToken);
        return await inner.TrySavePersonAsync(person, cancellationToken);
    }

    public Task<ActivityRecord?> GetActivityAsync(string personId, string activityId, CancellationToken cancellationToken) => inner.GetActivityAsync(personId, activityId, cancellationToken);

    public async Task SaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken)
    {
        await GateAsync(activity.ChangedBySubmission, cancellationToken);
        await inner.SaveActivityAsync(activity, cancellationToken);
    }

    public async Task<bool> TrySaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken)
    {
        await GateAsync(activity.ChangedBySubmission, cancellationToken);
        return await inner.TrySaveActivityAsync(activity, cancellationToken);
    }

    public Task<IReadOnlyList<ActivityRecord>> GetActivitiesAsync(string personId, CancellationToken cancellationToken) => inner.GetActivitiesAsync(personId, cancellationToken);

    // Only reviewers' merges delete; processing never does, so there is nothing to gate.
    public Task DeleteActivityAsync(string personId, string activityId, CancellationToken cancellationToken) => inner.DeleteActivityAsync(personId, activityId, cancellationToken);

    private async Task GateAsync(string submissionId, CancellationToken cancellationToken)
    {
        if (writes.AddOrUpdate(submissionId, 1, (_, n) => n + 1) > writesPerSubmission)
        {
            Interlocked.Increment(ref blocked);
            // Until the app is stopped: the host's shutdown cancels the invocation, as a kill would end it.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
