using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IntegrationHub.Infrastructure.Storage;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.Options;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

/// <summary>SDK clients on the test's Azurite, configured as the app configures its own.</summary>
internal static class StorageClients
{
    public static BlobServiceClient Blobs(LocalEmulators? emulators = null) =>
        new((emulators ?? LocalEmulators.Shared).StorageConnectionString, StorageClientSettings.Blobs());

    public static QueueServiceClient Queues(LocalEmulators? emulators = null) =>
        new((emulators ?? LocalEmulators.Shared).StorageConnectionString, StorageClientSettings.Queues());

    /// <summary>Storage options naming containers of the test's own, so tests never see each other's blobs.</summary>
    public static IOptions<StorageOptions> Options(string landing, string feeds) =>
        Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            ConnectionString = LocalEmulators.Shared.StorageConnectionString,
            LandingContainer = landing,
            FeedContainer = feeds,
        });

    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
