namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>What the matcher concluded about a record.</summary>
/// <param name="Best">The person linked to (<see cref="MatchVerdict.Link"/>) or to be reviewed against (<see cref="MatchVerdict.Review"/>).</param>
public sealed record MatchOutcome(MatchVerdict Verdict, ScoredCandidate? Best, double Probability, string Reason)
{
    public string? PersonId => Best?.Entry.PersonId;

    public static MatchOutcome NoMatch(string reason) => new(MatchVerdict.NewPerson, null, 0, reason);
}
