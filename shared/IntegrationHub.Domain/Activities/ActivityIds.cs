using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Domain.Activities;

public static class ActivityIds
{
    public static string For(string org, string resourceType, string sourceId) =>
        "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{org}|{resourceType}|{sourceId}")).AsSpan(0, 12));

    /// <summary>A person dies once: one death record per person, whoever reports it.</summary>
    public static string DeathOf(string personId) => "d-" + personId;
}
