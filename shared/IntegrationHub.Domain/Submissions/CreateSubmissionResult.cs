namespace IntegrationHub.Domain.Submissions;

public sealed record CreateSubmissionResult(Submission Submission, bool Created);
