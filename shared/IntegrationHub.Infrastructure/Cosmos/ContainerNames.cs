namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>The containers of DESIGN §5 and their partition key paths.</summary>
public static class ContainerNames
{
    public const string Persons = "persons";
    public const string Identifiers = "identifiers";
    public const string Blocks = "blocks";
    public const string Submissions = "submissions";
    public const string IaActivity = "ia-activity";
    public const string IaFeed = "ia-feed";
    public const string Reviews = "reviews";

    /// <summary>The audit trail, one partition per UTC day (created into only).</summary>
    public const string Audit = "audit";

    /// <summary>Finished submissions' quality records, one partition per month of receipt (the data quality report).</summary>
    public const string Quality = "quality";

    public static readonly IReadOnlyDictionary<string, string> PartitionKeys = new Dictionary<string, string>
    {
        [Persons] = "/personId",
        [Identifiers] = "/id",
        [Blocks] = "/blockKey",
        [Submissions] = "/id",
        [IaActivity] = "/iaMonth",
        [IaFeed] = "/iaDay",
        [Reviews] = "/ia",
        [Audit] = "/day",
        [Quality] = "/month",
    };
}
