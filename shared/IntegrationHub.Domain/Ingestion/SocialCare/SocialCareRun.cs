using System.Collections.Concurrent;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Quality;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Ingestion.SocialCare;

/// <summary>
/// The bookkeeping of one extract: row counts, issues, people and activities. Counts are exact; the issues listed
/// stop at <see cref="MaxListedIssues"/> (the rest are summarised) so a badly broken 64 MiB file still fits one
/// submission document.
/// </summary>
internal sealed class SocialCareRun
{
    public const int MaxListedIssues = 1000;

    private readonly ConcurrentDictionary<string, bool> people = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> activities = new(StringComparer.Ordinal);
    private readonly List<Issue> listed = [];
    private int entries;
    private int rejected;
    private int warnings;
    private int unlisted;

    public int Entries => entries;

    public IdentifierTally Identifiers { get; } = new();

    public void AddRow(bool accepted, IReadOnlyList<Issue> issues)
    {
        Interlocked.Increment(ref entries);
        if (!accepted)
        {
            Interlocked.Increment(ref rejected);
        }

        AddIssues(issues);
    }

    public void AddIssues(IReadOnlyList<Issue> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        lock (listed)
        {
            foreach (var issue in issues)
            {
                warnings += issue.Severity == IssueSeverity.Warning ? 1 : 0;
                if (listed.Count < MaxListedIssues)
                {
                    listed.Add(issue);
                }
                else
                {
                    unlisted++;
                }
            }
        }
    }

    /// <param name="created">Whether this submission (this or an earlier attempt of it) created the person.</param>
    public void Touch(string personId, bool created) => people.AddOrUpdate(personId, created, (_, was) => was || created);

    public void CountActivity(string activityId) => activities.TryAdd(activityId, 0);

    public ProcessingOutcome Outcome()
    {
        List<Issue> issues;
        lock (listed)
        {
            // Linkage warnings arrive a chunk after the row rules' issues: list them all in line order.
            issues = [.. listed.OrderBy(i => LineOf(i.Location))];
            if (unlisted > 0)
            {
                issues.Add(Issue.Information("too-costly", string.Empty, $"{unlisted} more issues are not listed (the first {MaxListedIssues} are); the counts include them."));
            }
        }

        var counts = new SubmissionCounts(
            Entries: entries,
            Accepted: entries - rejected,
            Rejected: rejected,
            Warnings: warnings,
            People: people.Count,
            NewPeople: people.Count(p => p.Value),
            Activities: activities.Count);
        return new ProcessingOutcome(counts, issues) { Identifiers = Identifiers.Counts() };
    }

    private static int LineOf(string location)
    {
        var span = location.AsSpan();
        if (!span.StartsWith("line "))
        {
            return 0;
        }

        span = span[5..];
        var end = span.IndexOf(' ');
        return int.TryParse(end < 0 ? span : span[..end], out var line) ? line : 0;
    }
}
