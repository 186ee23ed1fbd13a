namespace IntegrationHub.Domain.Submissions;

public enum SubmissionKind
{
    Fhir,
    SocialCare,
}
