using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// Reads what the Service Bus client sends: one message, or a batch (message format 0x80013700) whose Data sections
/// are each a whole encoded message. <c>SessionId</c> travels as the AMQP <c>group-id</c>.
/// </summary>
internal static class AmqpMessageReader
{
    public static IReadOnlyList<AmqpMessage> Unbatch(AmqpMessage transfer)
    {
        if (transfer.MessageFormat != AmqpConstants.AmqpBatchedMessageFormat)
        {
            return [transfer];
        }

        return [.. transfer.DataBody.Select(data => AmqpMessage.CreateAmqpStreamMessage(new BufferListStream([(ArraySegment<byte>)data.Value]), true))];
    }

    public static PeerMessage Read(AmqpMessage message, long sequence)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.ApplicationProperties is { } application)
        {
            foreach (var pair in application.Map)
            {
                properties[pair.Key.Key.ToString()!] = pair.Value;
            }
        }

        return new PeerMessage(
            sequence,
            message.Properties?.MessageId?.ToString(),
            message.Properties?.GroupId,
            message.Properties?.Subject,
            message.Properties?.ContentType.Value,
            properties,
            Body(message),
            TimeProvider.System.GetUtcNow());
    }

    private static byte[] Body(AmqpMessage message)
    {
        if ((message.BodyType & SectionFlag.Data) == 0)
        {
            return [];
        }

        using var body = new MemoryStream();
        foreach (var data in message.DataBody)
        {
            var segment = (ArraySegment<byte>)data.Value;
            body.Write(segment.Array!, segment.Offset, segment.Count);
        }

        return body.ToArray();
    }
}
