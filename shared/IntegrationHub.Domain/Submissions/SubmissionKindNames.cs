namespace IntegrationHub.Domain.Submissions;

/// <summary>The contract's spelling of kinds and statuses (CONTRACT §3).</summary>
public static class SubmissionKindNames
{
    public static string ToContract(this SubmissionKind kind) => kind switch
    {
        SubmissionKind.Fhir => "fhir",
        SubmissionKind.SocialCare => "social-care",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToContract(this SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => "accepted",
        SubmissionStatus.Processing => "processing",
        SubmissionStatus.Completed => "completed",
        SubmissionStatus.CompletedWithErrors => "completed-with-errors",
        SubmissionStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsFinished(this SubmissionStatus status) =>
        status is SubmissionStatus.Completed or SubmissionStatus.CompletedWithErrors or SubmissionStatus.Failed;
}
