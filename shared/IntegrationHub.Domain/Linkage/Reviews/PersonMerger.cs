using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>
/// Makes the person a review item kept apart one with the candidate ("same-person"). Every step is idempotent and
/// ordered so a retry after a crash at any point finishes the job: the merged person first becomes a forwarding
/// address (new writes go to the survivor from then on), then its identifiers, filed demographics and activities
/// move, then both people are projected, the merged one first, so feeds carry each moved activity's delete under
/// the old anonId before its upsert under the survivor's.
/// </summary>
public sealed class PersonMerger(
    IPersonStore people,
    IIdentifierIndex identifiers,
    IPersonMatcher matcher,
    ProjectPersonHandler projections,
    TimeProvider time,
    ILogger<PersonMerger> logger)
{
    private const int MaxHops = 8;

    /// <returns>The surviving person.</returns>
    public async Task<string> MergeAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var mergedId = item.RecordPersonId;
        var survivorId = await FinalAsync(item.CandidatePersonId, cancellationToken);
        if (survivorId == mergedId)
        {
            return survivorId;
        }

        var merged = await ForwardAsync(mergedId, survivorId, cancellationToken);
        foreach (var key in item.RecordKeys)
        {
            await identifiers.RepointAsync(key, mergedId, survivorId, cancellationToken);
        }

        var filed = matcher.Prepare(item.RecordRequest);
        await matcher.IndexAsync(filed, survivorId, cancellationToken);
        await matcher.UnindexAsync(filed, mergedId, cancellationToken);
        var moved = 0;
        foreach (var activity in await people.GetActivitiesAsync(mergedId, cancellationToken))
        {
            await people.SaveActivityAsync(activity with { PersonId = survivorId, ETag = null }, cancellationToken);
            await people.DeleteActivityAsync(mergedId, activity.ActivityId, cancellationToken);
            moved++;
        }

        if (merged is not null)
        {
            await FillSurvivorAsync(survivorId, merged, cancellationToken);
        }

        await projections.HandleAsync(mergedId, cancellationToken);
        await projections.HandleAsync(survivorId, cancellationToken);
        logger.LogInformation("Merged person {MergedId} into {SurvivorId}: {Moved} activities moved (review {ReviewId})", mergedId, survivorId, moved, item.Id);
        return survivorId;
    }

    /// <summary>Follows forwarding addresses: the candidate may itself have been merged since the item was raised.</summary>
    private async Task<string> FinalAsync(string personId, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var person = await people.GetPersonAsync(personId, cancellationToken);
            if (person?.MergedInto is null)
            {
                return personId;
            }

            personId = person.MergedInto;
        }

        return personId;
    }

    private async Task<PersonRecord?> ForwardAsync(string mergedId, string survivorId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var merged = await people.GetPersonAsync(mergedId, cancellationToken);
            if (merged is null || merged.MergedInto == survivorId)
            {
                return merged;
            }

            if (await people.TrySavePersonAsync(merged with { MergedInto = survivorId, UpdatedAt = time.GetUtcNow() }, cancellationToken) is not null)
            {
                return merged;
            }
        }
    }

    /// <summary>The survivor keeps its own demographics; what only the merged record knew (a CHI, a death) is added.</summary>
    private async Task FillSurvivorAsync(string survivorId, PersonRecord merged, CancellationToken cancellationToken)
    {
        while (true)
        {
            var survivor = await people.GetPersonAsync(survivorId, cancellationToken);
            if (survivor is null)
            {
                return;
            }

            var next = survivor with
            {
                Chi = survivor.Chi ?? merged.Chi,
                DeceasedDate = survivor.DeceasedDate ?? merged.DeceasedDate,
                BirthDate = survivor.BirthDate ?? merged.BirthDate,
                Sex = survivor.Sex ?? merged.Sex,
                Postcode = survivor.Postcode ?? merged.Postcode,
                CouncilCode = survivor.CouncilCode ?? merged.CouncilCode,
                IaCode = survivor.IaCode ?? merged.IaCode,
            };
            if (next == survivor || await people.TrySavePersonAsync(next with { UpdatedAt = time.GetUtcNow() }, cancellationToken) is not null)
            {
                return;
            }
        }
    }
}
