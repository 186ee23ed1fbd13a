namespace IntegrationHub.Infrastructure.Storage;

/// <summary>Where the account's Blob and Queue services are, and (for Shared Key) its name and key.</summary>
public sealed record StorageAccount(Uri BlobEndpoint, Uri QueueEndpoint, string? AccountName, string? AccountKey)
{
    /// <summary>
    /// The documented, public Azurite account key. Development only: it opens nothing but a local emulator.
    /// </summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string DevelopmentAccountName = "devstoreaccount1";

    public bool UsesSharedKey => AccountName is not null && AccountKey is not null;

    /// <summary>Parses <c>UseDevelopmentStorage=true</c> or the full <c>DefaultEndpointsProtocol=…;AccountName=…</c> form.</summary>
    public static StorageAccount Parse(string connectionString)
    {
        var parts = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            return new StorageAccount(
                new Uri("http://127.0.0.1:10000/" + DevelopmentAccountName),
                new Uri("http://127.0.0.1:10001/" + DevelopmentAccountName),
                DevelopmentAccountName,
                DevelopmentAccountKey);
        }

        var name = Required(parts, "AccountName");
        var key = Required(parts, "AccountKey");
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        var blob = parts.TryGetValue("BlobEndpoint", out var b) ? new Uri(b) : new Uri($"{protocol}://{name}.blob.{suffix}");
        var queue = parts.TryGetValue("QueueEndpoint", out var q) ? new Uri(q) : new Uri($"{protocol}://{name}.queue.{suffix}");
        return new StorageAccount(blob, queue, name, key);
    }

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"Storage connection string has no {name}.");
}
