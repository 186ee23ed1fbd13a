using IntegrationHub.Domain.Activities;

namespace IntegrationHub.Domain.People;

/// <summary>A person and that person's activities, kept together in one partition.</summary>
public interface IPersonStore
{
    Task<PersonRecord?> GetPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces; with an ETag set, only if unchanged since read (null when someone else won).</summary>
    Task<PersonRecord?> TrySavePersonAsync(PersonRecord person, CancellationToken cancellationToken);

    Task<ActivityRecord?> GetActivityAsync(string personId, string activityId, CancellationToken cancellationToken);

    Task SaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken);

    /// <summary>Creates (no ETag) or replaces only if unchanged since read (ETag); false when someone else won.</summary>
    Task<bool> TrySaveActivityAsync(ActivityRecord activity, CancellationToken cancellationToken);

    /// <summary>Deletes the activity document if present (a merge moved it to another person).</summary>
    Task DeleteActivityAsync(string personId, string activityId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActivityRecord>> GetActivitiesAsync(string personId, CancellationToken cancellationToken);
}
