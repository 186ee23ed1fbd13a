using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Azure.Storage.Queues;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Domain.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Telemetry;

/// <summary>
/// The backlog gauges: each work queue's and poison queue's approximate length and the age of its oldest waiting
/// message, and the projection lag (the oldest unprojected change: the age of the oldest <c>project</c> message).
/// Read every <see cref="TelemetryOptions.QueuePollInterval"/> in the background, since a gauge's callback runs on
/// the exporter's thread and must not wait on the network.
/// </summary>
public sealed class QueueBacklogMonitor : BackgroundService
{
    private static readonly string[] Watched =
    [
        QueueNames.Ingest, QueueNames.Poison(QueueNames.Ingest),
        QueueNames.Project, QueueNames.Poison(QueueNames.Project),
        QueueNames.ActivityEvents, QueueNames.Poison(QueueNames.ActivityEvents),
    ];

    private readonly ConcurrentDictionary<string, (long Length, double OldestSeconds)> latest = new(StringComparer.Ordinal);
    private readonly QueueServiceClient queues;
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly ILogger<QueueBacklogMonitor> logger;

    public QueueBacklogMonitor(QueueServiceClient queues, TimeProvider time, IOptions<TelemetryOptions> options, ILogger<QueueBacklogMonitor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        (this.queues, this.time, this.logger, interval) = (queues, time, logger, options.Value.QueuePollInterval);
        HubMetrics.Meter.CreateObservableGauge("hub.queue.backlog", () => Measure(q => q.Length), "{message}", "Approximate messages waiting in each work and poison queue");
        HubMetrics.Meter.CreateObservableGauge("hub.queue.oldest_age", () => Measure(q => q.OldestSeconds), "s", "Age of the oldest visible message of each work and poison queue (0 when empty)");
        HubMetrics.Meter.CreateObservableGauge("hub.projection.lag", ProjectionLag, "s", "Age of the oldest change waiting to be projected (the oldest project message)");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            foreach (var name in Watched)
            {
                try
                {
                    latest[name] = await ReadAsync(queues.GetQueueClient(name), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A storage outage is reported by health and the throttling metric; the gauge keeps its last value.
                    logger.LogWarning("Queue backlog of {Queue} not read: {Reason}", name, ex.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<(long, double)> ReadAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        var properties = await queue.GetPropertiesAsync(cancellationToken);
        var peeked = await queue.PeekMessagesAsync(1, cancellationToken);
        var oldest = peeked.Value is [{ InsertedOn: { } inserted }, ..] ? Math.Max(0, (time.GetUtcNow() - inserted).TotalSeconds) : 0;
        return (properties.Value.ApproximateMessagesCount, oldest);
    }

    private IEnumerable<Measurement<double>> Measure(Func<(long Length, double OldestSeconds), double> value) =>
        latest.Select(q => new Measurement<double>(value(q.Value), HubMetrics.Tag(HubMetricTags.Queue, q.Key)));

    private IEnumerable<Measurement<double>> ProjectionLag() =>
        latest.TryGetValue(QueueNames.Project, out var project) ? [new Measurement<double>(project.OldestSeconds)] : [];
}
