using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Activities;

public static class ActivityIds
{
    public static string For(string org, string resourceType, string sourceId) =>
        "a-" + StableHash.Hex($"{org}|{resourceType}|{sourceId}", 12);

    /// <summary>A person dies once: one death record per person, whoever reports it.</summary>
    public static string DeathOf(string personId) => "d-" + personId;
}
