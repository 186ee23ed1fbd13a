using Azure.Messaging.ServiceBus;
using IntegrationHub.Infrastructure.Health;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>
/// Service Bus answers when a new link to the topic opens: a fresh sender's first batch needs the link's size limit
/// (the app's long-lived sender has it cached, so asking it would prove nothing); nothing is sent, and it is all the
/// app's Data Sender role allows. Reported, not required: an outage delays events, nothing else.
/// </summary>
public sealed class ServiceBusProbe(ServiceBusClient client, IOptions<ServiceBusOptions> options) : IDependencyProbe
{
    public string Name => "serviceBus";

    public bool Required => false;

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var sender = client.CreateSender(options.Value.Topic);
        using var batch = await sender.CreateMessageBatchAsync(cancellationToken);
    }
}
