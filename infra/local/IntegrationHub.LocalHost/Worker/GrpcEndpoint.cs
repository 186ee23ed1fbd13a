using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>
/// The loopback HTTP/2 (cleartext) listener the worker connects to. It binds port 0 and Kestrel writes the port it
/// was given back into the listen options, so there is no race for a "free" port.
/// </summary>
public sealed class GrpcEndpoint
{
    private ListenOptions? listenOptions;

    public int Port => listenOptions?.IPEndPoint?.Port is > 0 and var port
        ? port
        : throw new InvalidOperationException("the gRPC listener is not bound yet");

    public Uri Uri => new($"http://127.0.0.1:{Port}/");

    public void Listen(KestrelServerOptions kestrel)
    {
        kestrel.Listen(IPAddress.Loopback, 0, options =>
        {
            options.Protocols = HttpProtocols.Http2;
            listenOptions = options;
        });
    }

    public bool Serves(HttpContext context) => listenOptions?.IPEndPoint?.Port is > 0 and var port && context.Connection.LocalPort == port;
}
