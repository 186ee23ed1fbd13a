namespace IntegrationHub.Domain.Audit;

/// <summary>How an audited action ended (a decision's result is the decision itself).</summary>
public static class AuditResults
{
    public const string Shown = "shown";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string Refused = "refused";
}
