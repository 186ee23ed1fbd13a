namespace IntegrationHub.Functions.Auth;

public static class HubPolicies
{
    public const string Submitter = "Submitter";
    public const string SubmissionReader = "SubmissionReader";
    public const string Analyst = "Analyst";
    public const string LinkageReviewer = "LinkageReviewer";
    public const string Admin = "Admin";
    public const string AnyAuthenticated = "AnyAuthenticated";
}
