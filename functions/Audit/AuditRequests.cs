using System.Diagnostics;
using IntegrationHub.Domain.Audit;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Audit;

/// <summary>Reads the who, where and trace of an HTTP invocation for its audit records.</summary>
public static class AuditRequests
{
    public static AuditRequest From(FunctionContext function, HttpContext http, TimeProvider time) =>
        new(time.GetUtcNow(), AuditActors.From(http.User), http.Connection.RemoteIpAddress?.ToString(), TraceId(function));

    /// <summary>The invocation's W3C trace id: the ambient activity's, else the one the host sent with the invocation.</summary>
    private static string? TraceId(FunctionContext function)
    {
        if (Activity.Current is { } activity && activity.TraceId != default)
        {
            return activity.TraceId.ToHexString();
        }

        // traceparent = version-traceid-parentid-flags
        var parts = function.TraceContext?.TraceParent?.Split('-');
        return parts is { Length: 4 } ? parts[1] : null;
    }
}
