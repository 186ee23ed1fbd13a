using System.Security.Cryptography;
using System.Text;
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

    public async Task<MatchOutcome> FindAsync(MatchRequest request, CancellationToken cancellationToken)
    {
        var record = scorer.Prepare(request.Demographics);
        if (!Enough(record))
        {
            return MatchOutcome.NoMatch("too few demographics to match on");
        }

        var found = await Task.WhenAll(OnlineBlockKeys.For(record).Select(k => blocks.FindAsync(k, MaxPerBlock, cancellationToken)));
        var ranked = scorer.Rank(record, request, found.SelectMany(f => f));
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

    public Task IndexAsync(MatchRequest request, string personId, CancellationToken cancellationToken)
    {
        var record = scorer.Prepare(request.Demographics);
        if (!Enough(record))
        {
            return Task.CompletedTask;
        }

        var fingerprint = Fingerprint(request);
        return Task.WhenAll(OnlineBlockKeys.For(record).Select(key =>
            blocks.FileAsync(new BlockEntry(key, personId, fingerprint, request.Demographics, request.Chi, request.Source, request.Ia), cancellationToken)));
    }

    /// <summary>Takes the record's filed demographics away from <paramref name="personId"/> (a merge moves them).</summary>
    public Task UnindexAsync(MatchRequest request, string personId, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(request);
        return Task.WhenAll(OnlineBlockKeys.For(scorer.Prepare(request.Demographics)).Select(key => blocks.RemoveAsync(key, personId, fingerprint, cancellationToken)));
    }

    /// <summary>
    /// The exact-demographics key two workers racing on one new person both compute: whoever claims it first owns
    /// the person, the other links to them. Null when the record is too thin for exact agreement to mean much.
    /// </summary>
    public string? ExactKey(MatchRequest request)
    {
        var r = scorer.Prepare(request.Demographics);
        return r.Surname is null || r.Given is null || r.BirthDate is null
            ? null
            : "exact|" + Hash($"{r.Surname}|{r.GivenAlias}|{r.BirthDate}|{r.Sex}|{r.Postcode}|{request.Chi}");
    }

    private static bool Enough(PreparedRecord r) =>
        (r.BirthDate is not null && (r.Surname is not null || r.Given is not null))
        || (r.Surname is not null && r.Given is not null && r.Postcode is not null);

    private static string Fingerprint(MatchRequest request)
    {
        var d = request.Demographics;
        return Hash($"{d.Family}|{d.Given}|{d.BirthDate:yyyy-MM-dd}|{d.Sex}|{d.Postcode}|{request.Chi}|{request.Source}");
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 10));
}
