using Azure.Messaging.ServiceBus;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>Sends feed entries to the topic as <see cref="ServiceBusMessageBatch"/>es (as many as fit the namespace's size limit).</summary>
public sealed class ServiceBusActivityEventSender(ServiceBusSender sender) : IActivityEventSender
{
    public bool Enabled => true;

    public async Task<int> SendBatchAsync(IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken)
    {
        try
        {
            using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
            foreach (var entry in entries)
            {
                if (!batch.TryAddMessage(ActivityEventMessages.From(entry)))
                {
                    break;
                }
            }

            if (batch.Count == 0)
            {
                throw new InvalidOperationException($"feed entry {entries[0].EntryId} is larger than the topic's message size limit ({batch.MaxSizeInBytes} bytes)");
            }

            await sender.SendMessagesAsync(batch, cancellationToken);
            return batch.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is ServiceBusException { Reason: ServiceBusFailureReason.ServiceBusy })
            {
                // The namespace's throttling answer (AMQP has no status codes): counted with the other dependencies' 503s.
                Telemetry.ThrottledResponses.Record("servicebus", 503);
            }

            var translated = ServiceBusFailures.Translate(ex);
            if (ReferenceEquals(translated, ex))
            {
                throw;
            }

            throw translated;
        }
    }
}
