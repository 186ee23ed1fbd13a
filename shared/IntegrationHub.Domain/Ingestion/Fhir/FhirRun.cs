using System.Collections.Concurrent;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Quality;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>The bookkeeping of one processing run: entry issues, people touched, activities changed.</summary>
internal sealed class FhirRun(Submission submission, IReadOnlyList<FhirEntry> entries)
{
    private readonly ConcurrentDictionary<int, ConcurrentQueue<Issue>> extraIssues = new();
    private readonly ConcurrentDictionary<int, string> personOfEntry = new();
    private readonly ConcurrentDictionary<string, bool> people = new(StringComparer.Ordinal);
    private int activities;

    public Submission Submission { get; } = submission;

    public IReadOnlyList<FhirEntry> Entries { get; } = entries;

    public IdentifierTally Identifiers { get; } = new();

    public void AddIssues(int index, IEnumerable<Issue> issues)
    {
        var queue = extraIssues.GetOrAdd(index, _ => new ConcurrentQueue<Issue>());
        foreach (var issue in issues)
        {
            queue.Enqueue(issue);
        }
    }

    public void Reject(int index, Issue problem) => AddIssues(index, [problem]);

    public void Touch(int index, string personId, bool created)
    {
        personOfEntry[index] = personId;
        people.AddOrUpdate(personId, created, (_, was) => was || created);
    }

    public void CountActivity() => Interlocked.Increment(ref activities);

    /// <summary>Everyone this run linked or wrote activity for, for the projection outbox.</summary>
    public IEnumerable<string> PeopleTouched => people.Keys;

    public ProcessingOutcome Outcome()
    {
        var issues = new List<Issue>();
        var rejected = 0;
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var all = entry.Issues.Concat(extraIssues.TryGetValue(entry.Index, out var more) ? more : []).ToList();
            issues.AddRange(all);
            if (all.Any(i => i.Severity == IssueSeverity.Error))
            {
                rejected++;
            }
            else if (personOfEntry.TryGetValue(entry.Index, out var person))
            {
                accepted.Add(person);
            }
        }

        var counts = new SubmissionCounts(
            Entries: Entries.Count,
            Accepted: Entries.Count - rejected,
            Rejected: rejected,
            Warnings: issues.Count(i => i.Severity == IssueSeverity.Warning),
            People: accepted.Count,
            NewPeople: accepted.Count(p => people.TryGetValue(p, out var created) && created),
            Activities: activities);
        return new ProcessingOutcome(counts, issues) { Identifiers = Identifiers.Counts() };
    }
}
