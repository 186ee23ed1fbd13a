namespace IntegrationHub.Domain.Linkage.Reviews;

/// <summary>A reviewer's two answers (CONTRACT §3).</summary>
public static class ReviewDecisions
{
    public const string SamePerson = "same-person";
    public const string DifferentPeople = "different-people";

    public static bool IsKnown(string? decision) => decision is SamePerson or DifferentPeople;
}
