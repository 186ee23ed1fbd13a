namespace IntegrationHub.Domain.Submissions;

/// <param name="IsRetry">True when the request named a submission the hub already had.</param>
public sealed record AcceptSubmissionResult(Submission Submission, bool IsRetry);
