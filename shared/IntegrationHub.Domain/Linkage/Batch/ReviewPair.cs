namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// A pair of records the linker left in two people although the model was unsure: the strongest such pair between
/// those two people. <paramref name="ExpectedChange"/> is the number of record pairs a "same person" decision
/// would join times the probability that it is right: what a reviewer's decision is expected to change.
/// </summary>
/// <param name="Comparison">The pair's comparison level per field (<c>given=exact;surname=close;…</c>).</param>
public sealed record ReviewPair(int A, int B, double Weight, double Probability, double ExpectedChange, string Comparison);
