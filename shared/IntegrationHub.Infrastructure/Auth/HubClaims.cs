namespace IntegrationHub.Infrastructure.Auth;

/// <summary>Claim and role names of the contract (CONTRACT §1).</summary>
public static class HubClaims
{
    public const string Roles = "roles";
    public const string Org = "org";
    public const string Ia = "ia";

    public const string Submitter = "Submitter";
    public const string Analyst = "Analyst";
    public const string LinkageReviewer = "LinkageReviewer";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> AllRoles = [Submitter, Analyst, LinkageReviewer, Admin];
}
