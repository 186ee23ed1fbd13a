using IntegrationHub.Domain.Linkage.Scoring;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <param name="Clusters">Per input record (same order), the index of the cluster's first record.</param>
/// <param name="CandidatePairs">Pairs compared after blocking (duplicates across keys skipped).</param>
/// <param name="ReviewPairs">Candidate pairs between the review and the link threshold (before they are grouped by person).</param>
/// <param name="Model">The model the pairs were scored with: estimated from the input unless it was too small.</param>
/// <param name="Reviews">The review items, most consequential first, at most <see cref="BatchLinker.ReviewShare"/> of the records.</param>
public sealed record BatchLinkResult(
    int[] Clusters,
    long CandidatePairs,
    long Links,
    long ReviewPairs,
    LinkageModel Model,
    IReadOnlyList<ReviewPair> Reviews,
    WeightHistogram Histogram);
