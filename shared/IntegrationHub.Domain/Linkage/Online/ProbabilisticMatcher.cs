using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// The online Fellegi–Sunter matcher (DESIGN §6): candidates from every blocking key of the record (one
/// single-partition query each, capped), scored with the batch linker's model and comparisons, then
/// link / review / new person. It only links when the best person is clear of the link threshold, passes the
/// evidence rules, is not known to its sender under another id, and no second person is also plausible, unless
/// a reviewer already said those two are different people.
/// </summary>
public sealed class ProbabilisticMatcher(IBlockIndex blocks, IIdentifierIndex identifiers, CandidateScorer scorer) : IPersonMatcher
{
    /// <summary>A block larger than this (a common birth date in a big population) is read only this far; the other keys still find the person.</summary>
    public const int MaxPerBlock = 200;

    public MatchSubject Prepare(MatchRequest request)
    {
        var r = scorer.Prepare(request.Demographics);
        var d = request.Demographics;
        return new MatchSubject(
            request,
            r,
            Enough(r) ? OnlineBlockKeys.For(r) : [],
            StableHash.Hex($"{d.Family}|{d.Given}|{d.BirthDate:yyyy-MM-dd}|{d.Sex}|{d.Postcode}|{request.Chi}|{request.Source}", 10),
            r.Surname is null || r.Given is null || r.BirthDate is null
                ? null
                : "exact|" + StableHash.Hex($"{r.Surname}|{r.GivenAlias}|{r.BirthDate}|{r.Sex}|{r.Postcode}|{request.Chi}", 10));
    }

    public async Task<MatchOutcome> FindAsync(MatchSubject subject, CancellationToken cancellationToken)
    {
        if (subject.BlockKeys.Count == 0)
        {
            return MatchOutcome.NoMatch("too few demographics to match on");
        }

        var found = await Task.WhenAll(subject.BlockKeys.Select(k => blocks.FindAsync(k, MaxPerBlock, cancellationToken)));
        var ranked = scorer.Rank(subject.Record, subject.Request, found.SelectMany(f => f));
        var model = scorer.Model;
        if (ranked.Count == 0 || ranked[0].Weight < model.ReviewWeight)
        {
            return MatchOutcome.NoMatch(ranked.Count == 0 ? "no candidates" : "no candidate above the review threshold");
        }

        var best = ranked[0];
        var probability = model.Probability(best.Weight);
        if (best.Weight < model.LinkWeight)
        {
            return new MatchOutcome(MatchVerdict.Review, best, probability, $"match probability {probability:P1} is below the link threshold");
        }

        if (best.SameSourceOtherId)
        {
            return new MatchOutcome(MatchVerdict.Review, best, probability, "the sending organisation already holds this person under another id");
        }

        foreach (var rival in ranked.Skip(1).TakeWhile(c => c.Weight >= model.ReviewWeight))
        {
            if (await identifiers.FindAsync(IdentifierKeys.Distinct(best.Entry.PersonId, rival.Entry.PersonId), cancellationToken) is null)
            {
                return new MatchOutcome(MatchVerdict.Review, best, probability, "more than one person matches");
            }
        }

        return new MatchOutcome(MatchVerdict.Link, best, probability, "match");
    }

    public Task IndexAsync(MatchSubject subject, string personId, CancellationToken cancellationToken)
    {
        var request = subject.Request;
        return Task.WhenAll(subject.BlockKeys.Select(key =>
            blocks.FileAsync(new BlockEntry(key, personId, subject.Fingerprint, request.Demographics, request.Chi, request.Source, request.Ia), cancellationToken)));
    }

    public Task UnindexAsync(MatchSubject subject, string personId, CancellationToken cancellationToken) =>
        Task.WhenAll(subject.BlockKeys.Select(key => blocks.RemoveAsync(key, personId, subject.Fingerprint, cancellationToken)));

    private static bool Enough(PreparedRecord r) =>
        (r.BirthDate is not null && (r.Surname is not null || r.Given is not null))
        || (r.Surname is not null && r.Given is not null && r.Postcode is not null);
}
