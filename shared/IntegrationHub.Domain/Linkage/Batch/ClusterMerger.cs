namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// Turns pairwise links into people, strongest link first. In one set a link joins two clusters only when no
/// record of one clearly differs from a record of the other (the test is told when the two are the linking pair itself): a person is
/// built from records that are each strongly linked, never through one weak chain (A~B on names, B~C on names, A and
/// C born decades apart). Links refused so are returned, for review.
/// </summary>
internal static class ClusterMerger
{
    /// <summary>Clusters over this many records pairs are checked only against the linking records, to stay linear.</summary>
    private const int FullCheckPairs = 10_000;

    public static List<(int A, int B, double Weight)> MergeConsistently(
        IEnumerable<(int A, int B, double Weight)> links,
        UnionFind sets,
        Func<int, int, bool, bool> clearlyDiffer)
    {
        var refused = new List<(int, int, double)>();
        var members = new Dictionary<int, List<int>>();
        List<int> Members(int root) => members.TryGetValue(root, out var list) ? list : members[root] = [root];
        foreach (var link in links)
        {
            var (a, b, _) = link;
            var (ra, rb) = (sets.Find(a), sets.Find(b));
            if (ra == rb)
            {
                continue;
            }

            var (ma, mb) = (Members(ra), Members(rb));

            // The linking pair was scored with its own disagreements; what is refused is a conflict it would bring in.
            bool IsLink(int x, int y) => (x, y) == (a, b) || (x, y) == (b, a);
            var conflict = (long)ma.Count * mb.Count <= FullCheckPairs
                ? ma.Any(x => mb.Any(y => clearlyDiffer(x, y, IsLink(x, y))))
                : ma.Any(x => clearlyDiffer(x, b, x == a)) || mb.Any(y => clearlyDiffer(a, y, y == b));
            if (conflict)
            {
                refused.Add(link);
                continue;
            }

            sets.Union(ra, rb);
            var root = sets.Find(ra);
            var merged = root == ra ? ma : mb;
            merged.AddRange(root == ra ? mb : ma);
            members[root] = merged;
            members.Remove(root == ra ? rb : ra);
        }

        return refused;
    }

    /// <summary>Each record takes its strongest partner still free (records already joined by CHI count as taken once joined).</summary>
    public static void MergeOneToOne(IEnumerable<(int A, int B, double Weight)> links, UnionFind sets, int count)
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
}
