using IntegrationHub.Infrastructure.Storage;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

internal static class StorageClients
{
    public static StorageTransport Transport(LocalEmulators? emulators = null) =>
        new(StorageAccount.Parse((emulators ?? LocalEmulators.Shared).StorageConnectionString), null, TimeProvider.System);

    public static string UniqueName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
