namespace IntegrationHub.Domain.Submissions;

/// <summary>Turns one landed body of one kind into people and activities. Must be idempotent.</summary>
public interface ISubmissionProcessor
{
    SubmissionKind Kind { get; }

    Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken);
}
