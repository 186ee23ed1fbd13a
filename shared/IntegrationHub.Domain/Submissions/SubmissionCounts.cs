namespace IntegrationHub.Domain.Submissions;

public sealed record SubmissionCounts(
    int Entries,
    int Accepted,
    int Rejected,
    int Warnings,
    int People,
    int NewPeople,
    int Activities)
{
    public static SubmissionCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
