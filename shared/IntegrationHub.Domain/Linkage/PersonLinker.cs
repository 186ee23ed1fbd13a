using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.Linkage;

/// <summary>
/// Deterministic linkage first (DESIGN §6): the strongest identifier already claimed names the person; else the
/// probabilistic matcher; else a new person whose id derives from the strongest identifier, so workers racing on
/// the same new person compute the same id. Every identifier is then claimed with create-only semantics. A new
/// person's demographics are filed in the blocking index only after its claims, so the index never names a
/// person that lost a race; an uncertain match becomes a review item and the record meanwhile a new person.
/// </summary>
public sealed class PersonLinker(IIdentifierIndex index, IPersonMatcher matcher, IReviewStore reviews, TimeProvider time)
{
    /// <param name="keys">Identifier keys, strongest first (CHI before a source id).</param>
    /// <param name="fallbackKey">Seeds the id of a new person named by no identifier at all (stable on retry).</param>
    public async Task<LinkResult> LinkAsync(
        IReadOnlyList<string> keys,
        string fallbackKey,
        MatchRecord demographics,
        LinkScope scope,
        string location,
        CancellationToken cancellationToken)
    {
        string? personId = null;
        var how = "new";
        // What the lookups below saw, so the claims that follow spend no operation learning it again.
        var seen = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            personId = await index.FindAsync(key, cancellationToken);
            seen[key] = personId;
            if (personId is not null)
            {
                how = key.StartsWith("chi|", StringComparison.Ordinal) ? "chi" : "source-id";
                break;
            }
        }

        if (personId is not null)
        {
            Count(how == "chi" ? "chi" : "sender-identifier");
            return await ClaimAllAsync(keys, personId, how, location, seen, cancellationToken);
        }

        var chi = keys.FirstOrDefault(k => k.StartsWith("chi|", StringComparison.Ordinal))?["chi|".Length..];
        var request = new MatchRequest(demographics, chi, scope.Source, scope.Ia);
        var subject = matcher.Prepare(request);
        var outcome = await matcher.FindAsync(subject, cancellationToken);
        if (outcome.Verdict == MatchVerdict.Link)
        {
            var linked = await ClaimAllAsync(keys, outcome.PersonId!, "probabilistic", location, seen, cancellationToken);
            await matcher.IndexAsync(subject, linked.PersonId, cancellationToken);
            Count("probabilistic-link");
            return linked;
        }

        personId = PersonIds.FromKey(keys.Count > 0 ? keys[0] : fallbackKey);
        if (outcome.Verdict == MatchVerdict.NewPerson && subject.ExactKey is { } exact
            && await index.ClaimAsync(exact, personId, cancellationToken) is var owner && owner != personId)
        {
            // The index had nobody, yet an identical record claimed this person a moment ago: a worker racing us on
            // the same new person (its demographics are filed only after its claims). Theirs is the person.
            (personId, how) = (owner, "probabilistic");
        }

        var result = await ClaimAllAsync(keys, personId, how, location, seen, cancellationToken);
        await matcher.IndexAsync(subject, result.PersonId, cancellationToken);
        if (outcome.Verdict == MatchVerdict.Review && result.PersonId != outcome.PersonId
            && await index.FindAsync(IdentifierKeys.Distinct(result.PersonId, outcome.PersonId!), cancellationToken) is null)
        {
            await reviews.CreateAsync(ReviewItem.From(outcome, request, keys, result.PersonId, time.GetUtcNow()), cancellationToken);
            Count("review");
            return result with { Issues = [.. result.Issues, Issue.Information("informational", location, $"The record may be a person the hub already holds ({outcome.Reason}); it is kept as a new person and sent for review.")] };
        }

        Count(how == "new" ? "new-person" : "probabilistic-link");
        return result;
    }

    public Task<string?> FindOwnerAsync(string key, CancellationToken cancellationToken) => index.FindAsync(key, cancellationToken);

    /// <param name="seen">Owners the caller has just read: a key it saw owned by the person needs no claim, and a key
    /// it did not reach (after the one that named a known person) is read first, as it is most likely claimed already,
    /// which costs one operation where a create would cost two (the conflict, then the read).</param>
    private async Task<LinkResult> ClaimAllAsync(IReadOnlyList<string> keys, string personId, string how, string location, Dictionary<string, string?> seen, CancellationToken cancellationToken)
    {
        var issues = new List<Issue>();
        for (var i = 0; i < keys.Count; i++)
        {
            var owner = seen.TryGetValue(keys[i], out var known) ? known : await index.FindAsync(keys[i], cancellationToken);
            if (owner is null)
            {
                owner = await index.ClaimAsync(keys[i], personId, cancellationToken);
            }

            if (owner == personId)
            {
                continue;
            }

            if (i == 0 && how == "new")
            {
                // Another worker created this new person a moment ago: theirs is the person; claim the rest for it.
                (personId, how) = (owner, keys[0].StartsWith("chi|", StringComparison.Ordinal) ? "chi" : "source-id");
                continue;
            }

            issues.Add(Issue.Warning(
                "conflict",
                location,
                $"identifier {Describe(keys[i])} already belongs to another person; the record was linked by a stronger identifier and the conflict is left for review."));
        }

        return new LinkResult(personId, how, issues);
    }

    private static void Count(string outcome) => HubMetrics.Linkage.Add(1, HubMetrics.Tag(HubMetricTags.LinkOutcome, outcome));

    private static string Describe(string key) => key.StartsWith("chi|", StringComparison.Ordinal) ? "CHI" : key[..key.IndexOf('|', StringComparison.Ordinal)] + " id";
}
