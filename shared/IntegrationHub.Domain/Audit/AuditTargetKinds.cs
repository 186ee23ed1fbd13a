namespace IntegrationHub.Domain.Audit;

/// <summary>What an audit record's target names.</summary>
public static class AuditTargetKinds
{
    public const string Review = "review";
    public const string Submission = "submission";

    /// <summary>A route (method and path) of a refused request.</summary>
    public const string Route = "route";

    /// <summary>A configuration key (never its value).</summary>
    public const string Setting = "setting";
}
