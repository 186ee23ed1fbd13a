namespace IntegrationHub.LocalHost.Http;

/// <summary>Which headers belong to one connection (RFC 9110 §7.6.1) and so are not forwarded.</summary>
public static class HttpForwardingHeaders
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
    };

    public static bool IsForwarded(string name) => !HopByHop.Contains(name) && !name.StartsWith(':');
}
