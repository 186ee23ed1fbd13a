using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Testing.Emulators;

public static class FreePort
{
    /// <summary>Asks the kernel for an unused loopback port; each test run gets its own so runs never collide.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
