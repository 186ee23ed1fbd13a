using IntegrationHub.Domain.Submissions;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// The processors' side of the projection (DESIGN §4 step 3): after writing, each touched person goes on the
/// <c>project</c> queue. A crash before this point is healed by the retried submission, which enqueues again.
/// </summary>
public sealed class ProjectionOutbox(IWorkQueue queue)
{
    private const int Parallelism = 16;

    public Task EnqueueAsync(IEnumerable<string> personIds, CancellationToken cancellationToken)
    {
        // Each projection continues the trace of the processing run that asked for it.
        var traceParent = HubTelemetry.CurrentTraceParent();
        return Parallel.ForEachAsync(
            personIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (personId, ct) => await queue.EnqueueAsync(QueueNames.Project, new ProjectPersonMessage(personId, traceParent).ToJson(), ct));
    }
}
