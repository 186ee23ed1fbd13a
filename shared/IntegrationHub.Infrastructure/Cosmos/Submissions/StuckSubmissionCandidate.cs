namespace IntegrationHub.Infrastructure.Cosmos.Submissions;

/// <summary>The few fields of a submission document the stuck-submission finder reads.</summary>
public sealed record StuckSubmissionCandidate
{
    public required string Id { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }
}
