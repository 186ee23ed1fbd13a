using System.Collections.Concurrent;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// Links a whole set of records in memory with the same comparisons and model as the online path: CHI first,
/// then blocked candidate pairs scored Fellegi–Sunter, linked at or above the model's link weight, clustered by
/// union-find. Blocks larger than <see cref="MaxBlock"/> are skipped (their records meet under other keys).
/// </summary>
public sealed class BatchLinker(LinkageModel model, NameAliases aliases)
{
    public const int MaxBlock = 200;

    private readonly RecordComparer comparer = new(aliases);

    public BatchLinkResult Link(IReadOnlyList<LinkInput> inputs, CancellationToken cancellationToken) => Link(inputs, null, cancellationToken);

    /// <param name="registers">
    /// Null to de-duplicate one set. Otherwise each record's register (0 or 1): two registers each already free of
    /// duplicates (a board's patient index against a council's client list), linked one-to-one. Only pairs across
    /// the registers are compared, and a record takes at most one partner, its strongest. That constraint is what
    /// lets a pair whose names and full postcode agree link although the birth date is wholly different, which
    /// one set must refuse (father and son of one name at one address): in two de-duplicated registers the father's
    /// own record, if there, agrees on the birth date too and is the stronger partner.
    /// </param>
    public BatchLinkResult Link(IReadOnlyList<LinkInput> inputs, IReadOnlyList<int>? registers, CancellationToken cancellationToken)
    {
        var records = new PreparedRecord[inputs.Count];
        Parallel.For(0, inputs.Count, i => records[i] = PreparedRecord.From(inputs[i].Demographics, aliases));
        var surnameAdjustments = LinkageModel.SurnameAdjustments(records.Select(r => r.Surname));
        var keys = new ulong[inputs.Count * BlockingKeys.Count];
        Parallel.For(0, inputs.Count, i => BlockingKeys.Fill(records[i], keys.AsSpan(i * BlockingKeys.Count, BlockingKeys.Count)));

        var sets = new UnionFind(inputs.Count);
        LinkByChi(inputs, sets);

        var entries = new (ulong Key, int Record)[Enumerable.Range(0, keys.Length).Count(i => IsEntry(keys, i))];
        var n = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (IsEntry(keys, i))
            {
                entries[n++] = (keys[i], i / BlockingKeys.Count);
            }
        }

        Array.Sort(entries, (a, b) => a.Key.CompareTo(b.Key));
        var blocks = Blocks(entries);
        var oversized = blocks.Where(b => b.Length > MaxBlock).Select(b => entries[b.Start].Key).ToHashSet();
        var links = new ConcurrentBag<(int A, int B, double Weight)>();
        long candidates = 0, reviews = 0;
        Parallel.ForEach(
            blocks.Where(b => b.Length is > 1 and <= MaxBlock),
            new ParallelOptions { CancellationToken = cancellationToken },
            () => (Candidates: 0L, Reviews: 0L, Links: new List<(int, int, double)>()),
            (block, _, local) =>
            {
                Span<byte> levels = stackalloc byte[LinkField.Count];
                for (var x = block.Start; x < block.Start + block.Length; x++)
                {
                    for (var y = x + 1; y < block.Start + block.Length; y++)
                    {
                        var (a, b) = (entries[x].Record, entries[y].Record);
                        if (a == b || (registers is not null && registers[a] == registers[b]) || SeenUnderEarlierKey(keys, a, b, entries[x].Key, oversized))
                        {
                            continue;
                        }

                        local.Candidates++;
                        comparer.Compare(records[a], records[b], levels);
                        var weight = model.Score(levels, records[a].Surname is { } s ? surnameAdjustments.GetValueOrDefault(s) : 0);
                        if (weight >= model.LinkWeight && (LinkageModel.Linkable(levels) || (registers is not null && LinkageModel.LinkableOneToOne(levels))))
                        {
                            local.Links.Add((a, b, weight));
                        }
                        else if (weight >= model.ReviewWeight)
                        {
                            local.Reviews++;
                        }
                    }
                }

                return local;
            },
            local =>
            {
                Interlocked.Add(ref candidates, local.Candidates);
                Interlocked.Add(ref reviews, local.Reviews);
                foreach (var link in local.Links)
                {
                    links.Add(link);
                }
            });

        var strongestFirst = links.OrderByDescending(l => l.Weight).ThenBy(l => l.A).ThenBy(l => l.B);
        if (registers is null)
        {
            MergeConsistently(strongestFirst, records, sets);
        }
        else
        {
            MergeOneToOne(strongestFirst, sets, inputs.Count);
        }

        var first = new Dictionary<int, int>();
        var clusters = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var root = sets.Find(i);
            if (!first.TryGetValue(root, out var representative))
            {
                first[root] = representative = i;
            }

            clusters[i] = representative;
        }

        return new BatchLinkResult(clusters, candidates, links.Count, reviews);
    }

    /// <summary>
    /// Links are merged strongest first, and a link that would put two other records with clearly different birth
    /// dates (or sexes) into one person is refused: this stops chains (A~B on names, B~C on names, A and C born decades
    /// apart) from merging different people through a record that lacks a birth date.
    /// </summary>
    private static void MergeConsistently(IEnumerable<(int A, int B, double Weight)> links, PreparedRecord[] records, UnionFind sets)
    {
        var members = new Dictionary<int, List<int>>();
        List<int> Members(int root) => members.TryGetValue(root, out var list) ? list : members[root] = [root];
        foreach (var (a, b, _) in links)
        {
            var (ra, rb) = (sets.Find(a), sets.Find(b));
            if (ra == rb)
            {
                continue;
            }

            var (ma, mb) = (Members(ra), Members(rb));
            // The pair itself was scored with its own disagreements; what is refused is a conflict it would bring in.
            if (ma.Any(x => mb.Any(y => (x, y) != (a, b) && (x, y) != (b, a) && Conflict(records[x], records[y]))))
            {
                continue;
            }

            sets.Union(ra, rb);
            var root = sets.Find(ra);
            var merged = root == ra ? ma : mb;
            merged.AddRange(root == ra ? mb : ma);
            members[root] = merged;
            members.Remove(root == ra ? rb : ra);
        }
    }

    /// <summary>Each record takes its strongest partner still free (records already joined by CHI count as taken once joined).</summary>
    private static void MergeOneToOne(IEnumerable<(int A, int B, double Weight)> links, UnionFind sets, int count)
    {
        var taken = new bool[count];
        foreach (var (a, b, _) in links)
        {
            if (!taken[a] && !taken[b] && sets.Find(a) != sets.Find(b))
            {
                sets.Union(a, b);
                (taken[a], taken[b]) = (true, true);
            }
        }
    }

    private static bool Conflict(PreparedRecord x, PreparedRecord y) =>
        RecordComparer.Date(x.BirthDate, y.BirthDate) >= 4 || (x.Sex != '\0' && y.Sex != '\0' && x.Sex != y.Sex);

    /// <summary>The comparison patterns of the candidate pairs, for estimating the model (EM) from the data itself.</summary>
    public Dictionary<PatternKey, long> Patterns(IReadOnlyList<LinkInput> inputs, CancellationToken cancellationToken)
    {
        var records = inputs.Select(i => PreparedRecord.From(i.Demographics, aliases)).ToArray();
        var keys = new ulong[records.Length * BlockingKeys.Count];
        for (var i = 0; i < records.Length; i++)
        {
            BlockingKeys.Fill(records[i], keys.AsSpan(i * BlockingKeys.Count, BlockingKeys.Count));
        }

        var entries = keys.Select((k, i) => (Key: k, Record: i / BlockingKeys.Count)).Where((_, i) => IsEntry(keys, i)).OrderBy(e => e.Key).ToArray();
        var blocks = Blocks(entries);
        var oversized = blocks.Where(b => b.Length > MaxBlock).Select(b => entries[b.Start].Key).ToHashSet();
        var patterns = new Dictionary<PatternKey, long>();
        Span<byte> levels = stackalloc byte[LinkField.Count];
        foreach (var block in blocks.Where(b => b.Length is > 1 and <= MaxBlock))
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var x = block.Start; x < block.Start + block.Length; x++)
            {
                for (var y = x + 1; y < block.Start + block.Length; y++)
                {
                    var (a, b) = (entries[x].Record, entries[y].Record);
                    if (a == b || SeenUnderEarlierKey(keys, a, b, entries[x].Key, oversized))
                    {
                        continue;
                    }

                    comparer.Compare(records[a], records[b], levels);
                    var key = PatternKey.From(levels);
                    patterns[key] = patterns.GetValueOrDefault(key) + 1;
                }
            }
        }

        return patterns;
    }

    private static List<(int Start, int Length)> Blocks((ulong Key, int Record)[] entries)
    {
        var blocks = new List<(int, int)>();
        for (var start = 0; start < entries.Length;)
        {
            var end = start + 1;
            while (end < entries.Length && entries[end].Key == entries[start].Key)
            {
                end++;
            }

            blocks.Add((start, end - start));
            start = end;
        }

        return blocks;
    }

    /// <summary>
    /// Whether key slot <paramref name="i"/> puts its record in a block: set, and not a key the record already has in
    /// an earlier slot (the crossed-name key equals the straight one when forename and surname are alike), which would
    /// list the record twice in one block and compare its pairs there twice.
    /// </summary>
    private static bool IsEntry(ulong[] keys, int i)
    {
        var start = i - (i % BlockingKeys.Count);
        return keys[i] != 0 && keys.AsSpan(start, i - start).IndexOf(keys[i]) < 0;
    }

    /// <summary>
    /// Whether the pair also meets in a block of a smaller key, so it is compared once, not once per shared key. The
    /// order is the keys' values, not their slots: a record's birth date is the other's swapped one (slot 0 against
    /// slot 1), so an order by slot depends on which record comes first in the block, and a pair seen from opposite ends in
    /// its two blocks was skipped in both and never compared.
    /// </summary>
    private static bool SeenUnderEarlierKey(ulong[] keys, int a, int b, ulong current, HashSet<ulong> oversized)
    {
        var ka = keys.AsSpan(a * BlockingKeys.Count, BlockingKeys.Count);
        var kb = keys.AsSpan(b * BlockingKeys.Count, BlockingKeys.Count);
        foreach (var key in ka)
        {
            if (key != 0 && key < current && kb.Contains(key) && !oversized.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private static void LinkByChi(IReadOnlyList<LinkInput> inputs, UnionFind sets)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Chi is { } chi)
            {
                if (owner.TryGetValue(chi, out var other))
                {
                    sets.Union(i, other);
                }
                else
                {
                    owner[chi] = i;
                }
            }
        }
    }
}
