using IntegrationHub.Domain.Audit;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Audit;

/// <summary>
/// Writes each record to both copies (Cosmos for queries, the write-once blob for keeping) and reports success only
/// when both hold it. Any failure becomes <see cref="AuditUnavailableException"/>, which the edge answers with 503.
/// </summary>
public sealed class AuditTrail(CosmosAuditLog log, BlobAuditCopy copy, ILogger<AuditTrail> logger) : IAuditTrail
{
    /// <summary>A listing shows up to 200 review items; their records are written a few at a time.</summary>
    private const int ConcurrentWrites = 8;

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                records,
                new ParallelOptions { MaxDegreeOfParallelism = ConcurrentWrites, CancellationToken = cancellationToken },
                async (record, token) =>
                {
                    var document = AuditDocument.From(record);
                    await Task.WhenAll(log.CreateAsync(document, token), copy.WriteAsync(document, token));
                });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The audit trail could not record {Count} record(s) ({Action})", records.Count, records.Count > 0 ? records[0].Action : null);
            throw new AuditUnavailableException("The audit trail could not record the access.", ex);
        }
    }

    public async Task<IReadOnlyList<AuditRecord>> ReadDayAsync(DateOnly day, string? actor, string? target, CancellationToken cancellationToken)
    {
        IReadOnlyList<AuditDocument> documents;
        try
        {
            documents = await log.ReadDayAsync(AuditDays.Of(day), actor, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AuditUnavailableException("The audit trail could not be read.", ex);
        }

        // A target may be a record's target or one of its persons (an array): filtered here, in the one partition read.
        return [.. documents
            .Select(d => d.ToRecord())
            .Where(r => target is null || r.Concerns(target))
            .OrderBy(r => r.Time)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];
    }
}
