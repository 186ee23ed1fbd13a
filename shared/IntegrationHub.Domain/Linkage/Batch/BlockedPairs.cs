using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// The candidate pairs of a set of records: pairs sharing a blocking key (<see cref="BlockingKeys"/>), each visited
/// once however many keys it shares. Blocks larger than <see cref="BatchLinker.MaxBlock"/> are skipped (their records
/// meet under other keys).
/// </summary>
internal sealed class BlockedPairs
{
    private readonly ulong[] keys;
    private readonly (ulong Key, int Record)[] entries;
    private readonly List<(int Start, int Length)> blocks;
    private readonly HashSet<ulong> oversized;

    public BlockedPairs(PreparedRecord[] records)
    {
        keys = new ulong[records.Length * BlockingKeys.Count];
        Parallel.For(0, records.Length, i => BlockingKeys.Fill(records[i], keys.AsSpan(i * BlockingKeys.Count, BlockingKeys.Count)));
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            count += IsEntry(i) ? 1 : 0;
        }

        entries = new (ulong, int)[count];
        var n = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (IsEntry(i))
            {
                entries[n++] = (keys[i], i / BlockingKeys.Count);
            }
        }

        Array.Sort(entries, (a, b) => a.Key.CompareTo(b.Key));
        blocks = [];
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

        oversized = blocks.Where(b => b.Length > BatchLinker.MaxBlock).Select(b => entries[b.Start].Key).ToHashSet();
    }

    /// <summary>An upper bound of the candidate pairs (pairs met under several keys counted in each).</summary>
    public long Bound => blocks.Where(b => b.Length is > 1 and <= BatchLinker.MaxBlock).Sum(b => (long)b.Length * (b.Length - 1) / 2);

    /// <summary>Visits every candidate pair once, blocks in parallel, each worker with a state of its own.</summary>
    /// <param name="registers">Null for one set; otherwise only pairs across the two registers are visited.</param>
    /// <param name="stride">Every block (1), or every n-th only: a sample of the pairs, enough to count their patterns.</param>
    public void ForEach<TLocal>(IReadOnlyList<int>? registers, Func<TLocal> start, Action<TLocal, int, int> visit, Action<TLocal> finish, CancellationToken cancellationToken, int stride = 1)
    {
        Parallel.ForEach(
            blocks.Where((b, i) => b.Length is > 1 and <= BatchLinker.MaxBlock && i % stride == 0),
            new ParallelOptions { CancellationToken = cancellationToken },
            start,
            (block, _, local) =>
            {
                for (var x = block.Start; x < block.Start + block.Length; x++)
                {
                    for (var y = x + 1; y < block.Start + block.Length; y++)
                    {
                        var (a, b) = (entries[x].Record, entries[y].Record);
                        if (a != b && (registers is null || registers[a] != registers[b]) && !SeenUnderEarlierKey(a, b, entries[x].Key))
                        {
                            visit(local, a, b);
                        }
                    }
                }

                return local;
            },
            finish);
    }

    /// <summary>
    /// Whether key slot <paramref name="i"/> puts its record in a block: set, and not a key the record already has in
    /// an earlier slot (the crossed-name key equals the straight one when forename and surname are alike), which would
    /// list the record twice in one block and compare its pairs there twice.
    /// </summary>
    private bool IsEntry(int i)
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
    private bool SeenUnderEarlierKey(int a, int b, ulong current)
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
}
