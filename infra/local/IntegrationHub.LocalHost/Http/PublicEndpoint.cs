using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace IntegrationHub.LocalHost.Http;

/// <summary>Binds the public URL(s) (--urls, ';'-separated): HTTP/1.1, as func start serves without TLS.</summary>
public static class PublicEndpoint
{
    public static void Listen(KestrelServerOptions kestrel, string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var address = BindingAddress.Parse(url);
            if (!string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"--urls {url}: only http is served");
            }

            Action<ListenOptions> http = options => options.Protocols = HttpProtocols.Http1;
            if (string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(address.Port, http);
            }
            else if (address.Host is "*" or "+" || IPAddress.TryParse(address.Host, out var any) && any.Equals(IPAddress.Any))
            {
                kestrel.ListenAnyIP(address.Port, http);
            }
            else if (IPAddress.TryParse(address.Host, out var ip))
            {
                kestrel.Listen(ip, address.Port, http);
            }
            else
            {
                throw new InvalidOperationException($"--urls {url}: give an IP address, localhost or *");
            }
        }
    }
}
