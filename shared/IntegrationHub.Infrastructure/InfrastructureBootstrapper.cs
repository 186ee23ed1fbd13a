using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Audit;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.ServiceBus;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure;

/// <summary>
/// Creates what the app writes to (Cosmos database and containers, landing container, queues) at start-up,
/// retrying until the services answer so that the app can start before its emulators do. In Azure, Bicep
/// creates them first and this is a cheap no-op.
/// </summary>
public sealed class InfrastructureBootstrapper(
    CosmosBootstrapper cosmos,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    IOptions<StorageOptions> storage,
    IOptions<AuditOptions> audit,
    IOptions<ServiceBusOptions> serviceBus,
    TimeProvider time,
    ILogger<InfrastructureBootstrapper> logger) : IHostedService
{
    private static readonly string[] Queues = [QueueNames.Ingest, QueueNames.Poison(QueueNames.Ingest), QueueNames.Project, QueueNames.Poison(QueueNames.Project), QueueNames.ActivityEvents, QueueNames.Poison(QueueNames.ActivityEvents)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogPublication(serviceBus.Value);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await cosmos.EnsureCreatedAsync(cancellationToken);
                await blobs.GetBlobContainerClient(storage.Value.LandingContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await blobs.GetBlobContainerClient(storage.Value.FeedContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await blobs.GetBlobContainerClient(audit.Value.BlobContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                foreach (var queue in Queues)
                {
                    await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                }

                logger.LogInformation("Storage and Cosmos resources are in place");
                return;
            }
            catch (Exception ex) when (attempt < 30 && ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Creating resources failed (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Said once at start-up: whether feed changes also go out as live events (never the connection string).
    private void LogPublication(ServiceBusOptions options)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Service Bus publication is off (neither ServiceBus:FullyQualifiedNamespace nor ServiceBus:ConnectionString is set)");
            return;
        }

        logger.LogInformation("Service Bus publication is on: feed changes are sent to topic {Topic} on {Namespace}", options.Topic, string.IsNullOrWhiteSpace(options.ConnectionString) ? options.FullyQualifiedNamespace : "the connection string's namespace");
    }
}
