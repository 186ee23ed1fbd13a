using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>Publication off (no ServiceBus setting): the projection records nothing to send, so nothing is ever asked of this.</summary>
public sealed class DisabledActivityEventSender : IActivityEventSender
{
    public bool Enabled => false;

    public Task<int> SendBatchAsync(IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Service Bus publication is off: set ServiceBus:FullyQualifiedNamespace or ServiceBus:ConnectionString");
}
