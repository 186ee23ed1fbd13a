using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Encoding;
using Microsoft.Azure.Amqp.Framing;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// A receiver's link on a subscription: messages go out as the receiver gives credit. Receive-and-delete takes them
/// off the subscription as they are sent; peek-lock holds them until the receiver completes (accepted) or abandons
/// (released / modified: back to the front). The delivery tag is the lock token, a GUID, as the client expects.
/// </summary>
internal sealed class SubscriptionOutbound
{
    private readonly SendingAmqpLink link;
    private readonly PeerSubscription subscription;
    private readonly Dictionary<Guid, PeerMessage> locked = [];
    private readonly object sync = new();
    private uint credit;

    public SubscriptionOutbound(SendingAmqpLink link, PeerSubscription subscription)
    {
        this.link = link;
        this.subscription = subscription;
        link.RegisterCreditListener(OnCredit);
        link.RegisterDispositionListener(OnDisposition);
        subscription.Arrived += Pump;
        link.Closed += (_, _) => OnClosed();
    }

    private bool ReceiveAndDelete => link.Settings.SettleType == SettleMode.SettleOnSend;

    private void OnCredit(uint issued, bool drain, ArraySegment<byte> txnId)
    {
        lock (sync)
        {
            credit = issued;
        }

        Pump();
        if (drain)
        {
            lock (sync)
            {
                credit = 0;
            }
        }
    }

    private void Pump()
    {
        while (true)
        {
            PeerMessage message;
            var token = Guid.NewGuid();
            lock (sync)
            {
                if (credit == 0 || link.State != AmqpObjectState.Opened || subscription.Take(1) is not [var next])
                {
                    return;
                }

                credit--;
                message = next;
                if (!ReceiveAndDelete)
                {
                    locked[token] = message;
                }
            }

            link.SendMessageNoWait(ToAmqp(message), new ArraySegment<byte>(token.ToByteArray()), AmqpConstants.NullBinary);
        }
    }

    private void OnDisposition(Delivery delivery)
    {
        var token = new Guid(delivery.DeliveryTag.AsSpan());
        PeerMessage? message;
        lock (sync)
        {
            locked.Remove(token, out message);
        }

        link.DisposeDelivery(delivery, true, delivery.State);
        if (message is not null && delivery.State is not Accepted and not Rejected)
        {
            subscription.Return(message);
        }
    }

    private void OnClosed()
    {
        subscription.Arrived -= Pump;
        lock (sync)
        {
            foreach (var message in locked.Values.Reverse())
            {
                subscription.Return(message);
            }

            locked.Clear();
        }
    }

    private static AmqpMessage ToAmqp(PeerMessage message)
    {
        var amqp = AmqpMessage.Create(new Data { Value = new ArraySegment<byte>(message.Body) });
        amqp.Properties.MessageId = message.MessageId;
        amqp.Properties.GroupId = message.SessionId;
        amqp.Properties.Subject = message.Subject;
        if (message.ContentType is { } contentType)
        {
            amqp.Properties.ContentType = new AmqpSymbol(contentType);
        }

        foreach (var (name, value) in message.Properties)
        {
            amqp.ApplicationProperties.Map[name] = value;
        }

        amqp.MessageAnnotations.Map["x-opt-sequence-number"] = message.Sequence;
        amqp.MessageAnnotations.Map["x-opt-enqueued-time"] = DateTime.UtcNow;
        amqp.MessageAnnotations.Map["x-opt-locked-until"] = DateTime.UtcNow.AddMinutes(1);
        return amqp;
    }
}
