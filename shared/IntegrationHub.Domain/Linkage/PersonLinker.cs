using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Linkage;

/// <summary>
/// Deterministic linkage first (DESIGN §6): the strongest identifier already claimed names the person; else
/// the matcher; else a new person whose id derives from the strongest identifier, so workers racing on the
/// same new person compute the same id. Every identifier is then claimed with create-only semantics.
/// </summary>
public sealed class PersonLinker(IIdentifierIndex index, IPersonMatcher matcher)
{
    /// <param name="keys">Identifier keys, strongest first (CHI before a source id).</param>
    /// <param name="fallbackKey">Seeds the id of a new person named by no identifier at all (stable on retry).</param>
    public async Task<LinkResult> LinkAsync(
        IReadOnlyList<string> keys,
        string fallbackKey,
        MatchRecord demographics,
        string location,
        CancellationToken cancellationToken)
    {
        string? personId = null;
        var how = "new";
        foreach (var key in keys)
        {
            personId = await index.FindAsync(key, cancellationToken);
            if (personId is not null)
            {
                how = key.StartsWith("chi|", StringComparison.Ordinal) ? "chi" : "source-id";
                break;
            }
        }

        if (personId is null && await matcher.FindAsync(demographics, cancellationToken) is { } matched)
        {
            (personId, how) = (matched, "probabilistic");
        }

        personId ??= PersonIds.FromKey(keys.Count > 0 ? keys[0] : fallbackKey);
        var issues = new List<Issue>();
        for (var i = 0; i < keys.Count; i++)
        {
            var owner = await index.ClaimAsync(keys[i], personId, cancellationToken);
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

    public Task<string?> FindOwnerAsync(string key, CancellationToken cancellationToken) => index.FindAsync(key, cancellationToken);

    private static string Describe(string key) => key.StartsWith("chi|", StringComparison.Ordinal) ? "CHI" : key[..key.IndexOf('|', StringComparison.Ordinal)] + " id";
}
