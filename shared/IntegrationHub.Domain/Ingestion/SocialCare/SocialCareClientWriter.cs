using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Identity;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.SocialCare;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Ingestion.SocialCare;

/// <summary>
/// One council client's rows of an extract: linked once (a valid CHI, else the council's own client id, else the
/// matcher), demographics saved, each service episode merged and a reported death recorded. Every write is
/// idempotent, so a retried message changes nothing twice.
/// </summary>
public sealed class SocialCareClientWriter(
    PersonLinker linker,
    PersonWriter persons,
    ActivityWriter activities,
    ChiConfirmation chiConfirmation,
    ResidenceResolver residences,
    TimeProvider time)
{
    /// <param name="rows">All rows of one (sending_location, social_care_id) in this chunk of the file, in file order.</param>
    /// <returns>The person the client is.</returns>
    internal async Task<string> WriteAsync(IReadOnlyList<ExtractRow> rows, Submission submission, SocialCareRun run, CancellationToken cancellationToken)
    {
        var latest = Latest(rows);
        var issues = new List<Issue>();
        var chi = await UsableChiAsync(rows, issues, cancellationToken);
        List<string> keys = [IdentifierKeys.SocialCare(latest.Council.Code, latest.SocialCareId)];
        if (chi is not null)
        {
            keys.Insert(0, IdentifierKeys.Chi(chi));
        }

        var link = await linker.LinkAsync(
            keys,
            keys[^1],
            new MatchRecord(latest.Surname, latest.Forename, latest.BirthDate, latest.Sex, latest.Postcode),
            new LinkScope(latest.Council.Code, latest.Council.IaCode),
            $"line {latest.Line} column {ExtractColumns.SocialCareId}",
            cancellationToken);
        issues.AddRange(link.Issues);

        var residence = residences.Resolve(null, latest.Postcode, latest.Council.Code);
        var death = rows.LastOrDefault(r => r.DeathDate is not null);
        var (person, _) = await persons.ApplyAsync(
            link.PersonId,
            submission.Id,
            new PersonUpdate(
                new RecordSource(submission.Org, "social-care", submission.ReceivedAt),
                chi,
                latest.Surname,
                latest.Forename,
                latest.BirthDate,
                latest.Sex,
                latest.Postcode,
                residence.CouncilCode ?? latest.Council.Code,
                residence.IaCode ?? latest.Council.IaCode,
                death?.DeathDate),
            likelyNew: link.How == "new",
            cancellationToken);
        var isNew = person.CreatedBySubmission == submission.Id;
        var personId = person.PersonId;
        run.Touch(personId, isNew);
        run.AddIssues(issues);

        var now = time.GetUtcNow();
        foreach (var episode in rows.GroupBy(r => r.EpisodeKey, StringComparer.Ordinal))
        {
            List<ExtractRow> parts = [.. episode];
            var activityId = ServiceEpisodes.ActivityIdOf(parts[0]);
            if (await activities.MergeAsync(personId, activityId, submission.Id, current => ServiceEpisodes.Apply(current, parts, personId, submission.Id, now), likelyNew: isNew, cancellationToken))
            {
                run.CountActivity(activityId);
            }
        }

        if (death is not null)
        {
            // Deaths are not counted as activities (CONTRACT §3 counts).
            await activities.MergeAsync(personId, ActivityIds.DeathOf(personId), submission.Id, current => ServiceEpisodes.Death(current, death, personId, submission.Id, now), likelyNew: isNew, cancellationToken);
        }

        return personId;
    }

    private static ExtractRow Latest(IReadOnlyList<ExtractRow> rows) => rows.OrderBy(r => r.Period.Start).ThenBy(r => r.Line).Last();

    private async Task<string?> UsableChiAsync(IReadOnlyList<ExtractRow> rows, List<Issue> issues, CancellationToken cancellationToken)
    {
        var row = rows.Where(r => r.Chi is not null).OrderBy(r => r.Period.Start).ThenBy(r => r.Line).LastOrDefault();
        if (row is null)
        {
            return null;
        }

        if (await chiConfirmation.IsUsableAsync(Chi.Check(row.Chi), row.BirthDate, row.Sex, row.Surname, cancellationToken))
        {
            return row.Chi;
        }

        issues.Add(Issue.Warning("conflict", $"line {row.Line} column {ExtractColumns.Chi}", "CHI contradicts the client's date of birth or sex and the other demographics do not confirm it; it is not used for linkage."));
        return null;
    }
}
