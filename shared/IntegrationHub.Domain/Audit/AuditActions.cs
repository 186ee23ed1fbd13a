namespace IntegrationHub.Domain.Audit;

/// <summary>What an audit record says happened. Stable strings: the trail is read years later.</summary>
public static class AuditActions
{
    /// <summary>A review item's two records (names, birth dates, postcodes) were shown to a reviewer.</summary>
    public const string ReviewShown = "review.shown";

    /// <summary>A reviewer decided an item: two people joined, or kept apart.</summary>
    public const string ReviewDecided = "review.decided";

    /// <summary>A submission was read by someone other than its sender (an Admin reading another org's).</summary>
    public const string SubmissionRead = "submission.read";

    /// <summary>A request to an identifiable route was refused (401 or 403).</summary>
    public const string AuthorizationRefused = "authorization.refused";

    /// <summary>A configuration that would change who can see what was refused at start-up.</summary>
    public const string ConfigurationRefused = "configuration.refused";
}
