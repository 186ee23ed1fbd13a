using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>Link addresses as the client writes them: <c>ia-activity</c>, <c>/ia-activity/Subscriptions/{name}</c>, <c>$cbs</c>.</summary>
internal static class EntityAddress
{
    public static string Of(AmqpLink link)
    {
        var address = link.IsReceiver ? ((Target)link.Settings.Target).Address : ((Source)link.Settings.Source).Address;
        return address?.ToString()?.Trim('/') ?? throw new AmqpException(AmqpErrorCode.InvalidField, "Address not set");
    }

    /// <returns>The subscription name when the address is one of the topic's subscriptions, else null.</returns>
    public static string? Subscription(string address, string topic)
    {
        var prefix = topic + "/Subscriptions/";
        return address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? address[prefix.Length..] : null;
    }
}
