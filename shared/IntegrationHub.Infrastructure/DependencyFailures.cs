using IntegrationHub.Infrastructure.Audit;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure;

/// <summary>
/// Reads an exception from the storage clients or the Cosmos SDK as "this dependency is unavailable", so the HTTP
/// edge can answer 503 in one place without knowing either library's exception types.
/// </summary>
public static class DependencyFailures
{
    /// <returns><c>blob</c>, <c>queue</c>, <c>cosmos</c> or <c>audit</c> (the names /api/health uses), or null when the exception
    /// is not an outage (a bug, a bad request, a conflict the caller should have handled).</returns>
    public static string? UnavailableDependency(Exception exception) => exception switch
    {
        // Before the stores: the audit trail's failure is named as such whatever store under it failed.
        AuditUnavailableException => "audit",
        StorageUnavailableException storage => storage.Service,
        CosmosException cosmos when cosmos.IsUnavailable() => "cosmos",

        // The SDK's parallel block upload may surface a failed block wrapped.
        AggregateException { InnerExceptions: [var single] } => UnavailableDependency(single),
        _ => null,
    };
}
