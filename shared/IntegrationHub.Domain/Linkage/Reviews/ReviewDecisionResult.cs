namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>The answer to a reviewer's decision: the decided item, or why there is none.</summary>
public sealed record ReviewDecisionResult(ReviewItem? Item, ReviewDecisionFailure? Failure)
{
    public static ReviewDecisionResult Done(ReviewItem item) => new(item, null);

    public static ReviewDecisionResult Failed(ReviewDecisionFailure failure) => new(null, failure);
}
