namespace IntegrationHub.Domain.Linkage.Batch;

/// <param name="Clusters">Per input record (same order), the index of the cluster's first record.</param>
/// <param name="CandidatePairs">Pairs compared after blocking (duplicates across keys skipped).</param>
public sealed record BatchLinkResult(int[] Clusters, long CandidatePairs, long Links, long ReviewPairs);
