using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion;

/// <summary>
/// Creates or updates a person document with optimistic concurrency. Demographics follow the record that
/// supersedes (the most recent NHS record, else council record); a death, once known, stays.
/// </summary>
public sealed class PersonWriter(IPersonStore store, TimeProvider time)
{
    /// <param name="likelyNew">The linker just made this person up: try creating before reading, which saves a
    /// round trip for every new person and costs one only when an earlier attempt already created it.</param>
    /// <returns>The saved person (the surviving one when <paramref name="personId"/> was merged away) and whether this call created it.</returns>
    public async Task<(PersonRecord Person, bool Created)> ApplyAsync(string personId, string submissionId, PersonUpdate update, bool likelyNew, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            var (person, created) = await ApplyOnceAsync(personId, submissionId, update, likelyNew, cancellationToken);
            if (person.MergedInto is null || hop == MaxMergeHops)
            {
                return (person, created);
            }

            (personId, likelyNew) = (person.MergedInto, false);
        }
    }

    private const int MaxMergeHops = 8;

    private async Task<(PersonRecord Person, bool Created)> ApplyOnceAsync(string personId, string submissionId, PersonUpdate update, bool likelyNew, CancellationToken cancellationToken)
    {
        if (likelyNew && await store.TrySavePersonAsync(Merge(null, personId, submissionId, update), cancellationToken) is { } created)
        {
            return (created, true);
        }

        while (true)
        {
            var current = await store.GetPersonAsync(personId, cancellationToken);
            if (current?.MergedInto is not null)
            {
                return (current, false);
            }

            var next = Merge(current, personId, submissionId, update);
            if (current is not null && Same(current, next))
            {
                return (current, false);
            }

            var saved = await store.TrySavePersonAsync(next, cancellationToken);
            if (saved is not null)
            {
                return (saved, current is null);
            }
        }
    }

    private PersonRecord Merge(PersonRecord? current, string personId, string submissionId, PersonUpdate update)
    {
        var person = current ?? new PersonRecord { PersonId = personId, CreatedBySubmission = submissionId, UpdatedAt = time.GetUtcNow() };
        var supersedes = update.Source.Supersedes(person.BirthDateSource);
        person = person with
        {
            Chi = person.Chi ?? update.Chi,
            DeceasedDate = person.DeceasedDate ?? update.DeceasedDate,
        };

        if (supersedes)
        {
            person = person with
            {
                Family = update.Family ?? person.Family,
                Given = update.Given ?? person.Given,
                BirthDate = update.BirthDate ?? person.BirthDate,
                BirthDateSource = update.BirthDate is null ? person.BirthDateSource : update.Source,
                Sex = update.Sex ?? person.Sex,
                Postcode = update.Postcode ?? person.Postcode,
                CouncilCode = update.CouncilCode ?? person.CouncilCode,
                IaCode = update.IaCode ?? person.IaCode,
            };
        }

        return person with { UpdatedAt = time.GetUtcNow() };
    }

    private static bool Same(PersonRecord a, PersonRecord b) =>
        a with { UpdatedAt = default, ETag = null } == b with { UpdatedAt = default, ETag = null };
}
