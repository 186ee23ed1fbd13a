namespace IntegrationHub.Domain.Submissions;

/// <summary>Queue names; the queue triggers name them too (their attributes are constants, so the generated function metadata matches).</summary>
public static class QueueNames
{
    public const string Ingest = "ingest";
    public const string Project = "project";
    public const string ActivityEvents = "activity-events";

    public static string Poison(string queueName) => queueName + "-poison";
}
