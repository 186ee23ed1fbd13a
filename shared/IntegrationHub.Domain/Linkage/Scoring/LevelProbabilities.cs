namespace IntegrationHub.Domain.Linkage.Scoring;

/// <summary>How often a comparison level is seen among true matches (m) and among non-matches (u).</summary>
public sealed record LevelProbabilities(double M, double U);
