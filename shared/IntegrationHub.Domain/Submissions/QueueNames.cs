namespace IntegrationHub.Domain.Submissions;

/// <summary>Queue names; each also appears in a function.json, which is what the Functions host reads.</summary>
public static class QueueNames
{
    public const string Ingest = "ingest";
    public const string Project = "project";

    public static string Poison(string queueName) => queueName + "-poison";
}
