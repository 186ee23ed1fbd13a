using IntegrationHub.Domain.People;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>
/// Carries out a LinkageReviewer's decision. "same-person" merges the two people; "different-people" is
/// remembered as a claim on the pair, which the matcher and the linker consult before suggesting it again. The
/// item is marked decided last, so a crash part way leaves it open and the same decision, sent again, finishes.
/// </summary>
public sealed class ReviewDecisionHandler(IReviewStore reviews, IIdentifierIndex identifiers, PersonMerger merger, TimeProvider time, ILogger<ReviewDecisionHandler> logger)
{
    /// <param name="ias">The IAs the reviewer may decide for; the item is looked for in these only.</param>
    public async Task<ReviewDecisionResult> DecideAsync(string id, string decision, string reviewer, IEnumerable<string> ias, CancellationToken cancellationToken)
    {
        if (!ReviewDecisions.IsKnown(decision))
        {
            throw new ArgumentException($"unknown decision '{decision}'", nameof(decision));
        }

        var item = await FindAsync(id, ias, cancellationToken);
        while (true)
        {
            if (item is null)
            {
                return ReviewDecisionResult.Failed(ReviewDecisionFailure.NotFound);
            }

            if (item.Status == ReviewItem.Decided)
            {
                return item.Decision == decision ? ReviewDecisionResult.Done(item) : ReviewDecisionResult.Failed(ReviewDecisionFailure.AlreadyDecided);
            }

            if (decision == ReviewDecisions.SamePerson)
            {
                await merger.MergeAsync(item, cancellationToken);
            }
            else
            {
                await identifiers.ClaimAsync(IdentifierKeys.Distinct(item.RecordPersonId, item.CandidatePersonId), item.CandidatePersonId, cancellationToken);
            }

            var decided = item with { Status = ReviewItem.Decided, Decision = decision, DecidedBy = reviewer, DecidedAt = time.GetUtcNow() };
            if (await reviews.TrySaveAsync(decided, cancellationToken) is { } saved)
            {
                // The audit trail of who joined or parted whom (the subject is identifiable data).
                logger.LogInformation("Review {ReviewId} in {Ia} decided {Decision} by {Reviewer}", saved.Id, saved.Ia, decision, reviewer);
                return ReviewDecisionResult.Done(saved);
            }

            item = await reviews.GetAsync(item.Ia, item.Id, cancellationToken);
        }
    }

    private async Task<ReviewItem?> FindAsync(string id, IEnumerable<string> ias, CancellationToken cancellationToken)
    {
        foreach (var ia in ias)
        {
            if (await reviews.GetAsync(ia, id, cancellationToken) is { } item)
            {
                return item;
            }
        }

        return null;
    }
}
