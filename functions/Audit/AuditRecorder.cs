using IntegrationHub.Domain.Audit;
using IntegrationHub.Infrastructure.Audit;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Audit;

/// <summary>
/// Writes an HTTP invocation's audit records. <see cref="RecordAsync"/> throws when the trail cannot record, so
/// the answer becomes 503 naming <c>audit</c> (DependencyFailureMiddleware) and the identifiable data is never sent.
/// </summary>
public sealed class AuditRecorder(IAuditTrail trail, TimeProvider time, ILogger<AuditRecorder> logger)
{
    public async Task RecordAsync(FunctionContext function, Func<AuditRequest, IEnumerable<AuditRecord>> build, CancellationToken cancellationToken)
    {
        var http = function.GetHttpContext() ?? throw new InvalidOperationException($"{function.FunctionDefinition.Name} is not an HTTP function.");
        var records = build(AuditRequests.From(function, http, time)).ToList();
        if (records.Count > 0)
        {
            await trail.AppendAsync(records, cancellationToken);
        }
    }

    /// <summary>
    /// Records a refusal. A refusal shows nothing, so if the trail cannot record it the refusal still stands (never
    /// turned into a 503 the caller would retry); the failure is logged with the route and caller instead.
    /// </summary>
    public async Task RecordRefusalAsync(FunctionContext function, int status, CancellationToken cancellationToken)
    {
        var http = function.GetHttpContext()!;
        var route = $"{http.Request.Method} {http.Request.Path}";
        try
        {
            await RecordAsync(function, request => [AuditRecords.Refused(request, route, status)], cancellationToken);
        }
        catch (AuditUnavailableException ex)
        {
            logger.LogError(ex, "Refusal {Status} of {Route} for {Subject} could not be audited", status, route, AuditActors.From(http.User).Subject ?? "(no valid token)");
        }
    }
}
