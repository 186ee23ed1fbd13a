using Azure.Storage.Blobs;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// Section <c>Storage</c>: a connection string (local, Azurite) or service URIs with managed identity (Azure).
/// The same <c>Storage__…</c> settings serve the Functions host's identity-based <c>Storage</c> connection.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    /// <summary>Blob container for raw landed bodies.</summary>
    public string LandingContainer { get; set; } = "landing";

    /// <summary>Blob container for the IAs' daily feed files and their manifests.</summary>
    public string FeedContainer { get; set; } = "feeds";

    public bool IsValid(out string error)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            try
            {
                // The SDK's own parser: constructing a client reads the string and sends nothing.
                _ = new BlobServiceClient(ConnectionString);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                error = "Storage:ConnectionString is not a storage connection string: " + ex.Message;
                return false;
            }

            error = string.Empty;
            return true;
        }

        error = "Set Storage:ConnectionString, or Storage:BlobServiceUri and Storage:QueueServiceUri for managed identity.";
        return BlobServiceUri is not null && QueueServiceUri is not null;
    }
}
