namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>A candidate person's best-scoring filed record against the incoming one.</summary>
/// <param name="Levels">Comparison level per field (<see cref="Comparison.LinkField"/>), for a reviewer to see why.</param>
/// <param name="SameSourceOtherId">The sending org already knows this person under another of its ids.</param>
public sealed record ScoredCandidate(BlockEntry Entry, double Weight, byte[] Levels, bool SameSourceOtherId);
