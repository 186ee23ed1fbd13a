using System.Diagnostics.Metrics;

namespace IntegrationHub.Domain.Telemetry;

/// <summary>
/// The hub's metrics (meter <c>IntegrationHub</c>); README "Operating the hub" says what each means and when to alert.
/// Dimensions are codes only (org, kind, status, outcome, dependency, operation, container, queue): never a person.
/// </summary>
public static class HubMetrics
{
    public const string MeterName = "IntegrationHub";

    public static Meter Meter { get; } = new(MeterName);

    public static Counter<long> SubmissionsAccepted { get; } = Meter.CreateCounter<long>("hub.submissions.accepted", "{submission}", "Submissions accepted (202), by org and kind; a retry of the same submission is not counted again");

    public static Counter<long> SubmissionsCompleted { get; } = Meter.CreateCounter<long>("hub.submissions.completed", "{submission}", "Submissions processed to completed or completed-with-errors, by org, kind and status");

    public static Counter<long> SubmissionsFailed { get; } = Meter.CreateCounter<long>("hub.submissions.failed", "{submission}", "Submissions that ended failed (unusable body, or poisoned after the queue's retries), by org and kind");

    public static Counter<long> EntriesProcessed { get; } = Meter.CreateCounter<long>("hub.entries.processed", "{entry}", "Bundle entries or extract rows processed, by org and kind");

    public static Counter<long> EntriesRejected { get; } = Meter.CreateCounter<long>("hub.entries.rejected", "{entry}", "Entries or rows rejected with an error issue, by org and kind");

    public static Counter<long> Linkage { get; } = Meter.CreateCounter<long>("hub.linkage.outcomes", "{record}", "How each patient or client record was linked: chi, sender-identifier, probabilistic-link, new-person or review");

    public static Histogram<double> SubmissionLatency { get; } = Meter.CreateHistogram<double>("hub.submission.latency", "s", "From accept to the end of processing, by kind and status");

    public static Histogram<double> CosmosRequestCharge { get; } = Meter.CreateHistogram<double>("hub.cosmos.request_charge", "{RU}", "Request units of each Cosmos request, by operation and container");

    public static Counter<long> Throttled { get; } = Meter.CreateCounter<long>("hub.dependency.throttled", "{response}", "429 and 503 answers from a dependency (cosmos, blob, queue, servicebus), retried ones included, by dependency and status");

    public static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);
}
