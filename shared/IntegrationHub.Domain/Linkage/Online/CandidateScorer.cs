using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// Scores the filed records found under a record's blocking keys: one best entry per person, strongest first.
/// People who cannot be the record's person whatever the weight are dropped here: another CHI, or a pair the
/// evidence rules (<see cref="LinkageModel.Linkable"/>) call two people, such as father and son at one address.
/// </summary>
public sealed class CandidateScorer(LinkageModel model, NameAliases aliases)
{
    private readonly RecordComparer comparer = new(aliases);

    public LinkageModel Model => model;

    public PreparedRecord Prepare(MatchRecord record) => PreparedRecord.From(record, aliases);

    public IReadOnlyList<ScoredCandidate> Rank(PreparedRecord record, MatchRequest request, IEnumerable<BlockEntry> entries)
    {
        var best = new Dictionary<string, ScoredCandidate>(StringComparer.Ordinal);
        var sources = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var chiConflict = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        Span<byte> levels = stackalloc byte[LinkField.Count];
        foreach (var entry in entries)
        {
            if (!seen.Add((entry.PersonId, entry.Fingerprint)))
            {
                continue;
            }

            (sources.TryGetValue(entry.PersonId, out var known) ? known : sources[entry.PersonId] = new(StringComparer.Ordinal)).Add(entry.Source);
            if (request.Chi is not null && entry.Chi is not null && entry.Chi != request.Chi)
            {
                chiConflict.Add(entry.PersonId);
                continue;
            }

            comparer.Compare(record, PreparedRecord.From(entry.Demographics, aliases), levels);
            if (!LinkageModel.Linkable(levels))
            {
                continue;
            }

            var weight = model.Score(levels);
            if (!best.TryGetValue(entry.PersonId, out var current) || weight > current.Weight)
            {
                best[entry.PersonId] = new ScoredCandidate(entry, weight, levels.ToArray(), false);
            }
        }

        // A record reaching the matcher was not found under any of its sender's ids: if that sender filed this
        // person before, it was under another id, and the sender's own system says "someone else" (or holds a duplicate).
        return best.Values
            .Where(c => !chiConflict.Contains(c.Entry.PersonId))
            .Select(c => c with { SameSourceOtherId = sources[c.Entry.PersonId].Contains(request.Source) })
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Entry.PersonId, StringComparer.Ordinal)
            .ToList();
    }
}
