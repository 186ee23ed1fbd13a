using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Testing.Emulators;

public static class FreePort
{
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// Asks the kernel for an unused loopback port. The port is released before the emulator binds it, so two
    /// emulator sets started at once could be handed the same one; remembering what this process handed out
    /// prevents that (one emulator would otherwise answer the other's readiness check).
    /// </summary>
    public static int Next()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (HandedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
