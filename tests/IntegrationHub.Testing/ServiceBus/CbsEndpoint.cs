using System.Collections.Concurrent;
using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// Claims-based security (<c>$cbs</c>): the client puts a token before it attaches to an entity. Every token is
/// accepted; the reply goes back on the connection's <c>$cbs</c> reply link, correlated by the request's MessageId,
/// with <c>status-code</c> as a boxed Int32 (the client reads it as one).
/// </summary>
internal sealed class CbsEndpoint
{
    public const string Address = "$cbs";

    private readonly ConcurrentDictionary<AmqpConnection, SendingAmqpLink> replyLinks = new();
    private long tag;

    public void Attach(AmqpLink link)
    {
        if (link is SendingAmqpLink replies)
        {
            replyLinks[link.Session.Connection] = replies;
            link.Closed += (_, _) => replyLinks.TryRemove(new KeyValuePair<AmqpConnection, SendingAmqpLink>(link.Session.Connection, replies));
            return;
        }

        var requests = (ReceivingAmqpLink)link;
        requests.RegisterMessageListener(request => OnRequest(requests, request));
    }

    private void OnRequest(ReceivingAmqpLink requests, AmqpMessage request)
    {
        var reply = AmqpMessage.Create();
        reply.Properties.CorrelationId = request.Properties.MessageId;
        reply.ApplicationProperties.Map["status-code"] = 202;
        reply.ApplicationProperties.Map["status-description"] = "Accepted";
        requests.DisposeMessage(request, AmqpConstants.AcceptedOutcome, true, false);
        request.Dispose();
        if (replyLinks.TryGetValue(requests.Session.Connection, out var replies))
        {
            replies.SendMessageNoWait(reply, new ArraySegment<byte>(BitConverter.GetBytes(Interlocked.Increment(ref tag))), AmqpConstants.NullBinary);
        }
    }
}
