namespace IntegrationHub.Domain.Submissions;

public enum SubmissionStatus
{
    Accepted,
    Processing,
    Completed,
    CompletedWithErrors,
    Failed,
}
