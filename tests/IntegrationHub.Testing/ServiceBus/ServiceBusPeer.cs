using System.Collections.Concurrent;
using IntegrationHub.Testing.Emulators;
using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;
using Microsoft.Azure.Amqp.Sasl;
using Microsoft.Azure.Amqp.Transport;

namespace IntegrationHub.Testing.ServiceBus;

/// <summary>
/// A small AMQP 1.0 peer, in the test process, that the real <c>ServiceBusClient</c> talks to as it talks to Service
/// Bus (there is no Service Bus emulator here: it needs a container). It holds one topic with filtered subscriptions,
/// answers the client's claims-based security, takes single and batched messages, and hands subscription messages
/// to receivers. <see cref="Stop"/> drops every connection and refuses new ones until <see cref="Start"/>, on the
/// same port, so a test can take "Service Bus" away and bring it back.
/// </summary>
public sealed class ServiceBusPeer : IRuntimeProvider, IDisposable
{
    /// <summary>Service Bus Standard's message size limit: the client sizes its batches from the attach reply.</summary>
    private const ulong MaxMessageSize = 256 * 1024;

    private readonly ConcurrentDictionary<AmqpConnection, byte> connections = new();
    private readonly CbsEndpoint cbs = new();
    private readonly object lifecycle = new();
    private TransportListener? listener;
    private AmqpSettings? settings;
    private long sequence;

    private ServiceBusPeer(PeerTopic topic, int port)
    {
        Topic = topic;
        Port = port;
    }

    public PeerTopic Topic { get; }

    public int Port { get; }

    public AcknowledgementGate Acknowledgements { get; } = new();

    /// <summary>The emulator form of a connection string, which the client reads as plain AMQP on this port.</summary>
    public string ConnectionString => $"Endpoint=sb://127.0.0.1:{Port};SharedAccessKeyName=peer;SharedAccessKey=peer;UseDevelopmentEmulator=true";

    public bool IsRunning
    {
        get
        {
            lock (lifecycle)
            {
                return listener is not null;
            }
        }
    }

    /// <summary>Starts a peer on a free loopback port with one topic and its subscriptions (name → SQL filter).</summary>
    public static ServiceBusPeer Start(string topic, IReadOnlyDictionary<string, string> subscriptions)
    {
        var peer = new ServiceBusPeer(new PeerTopic(topic, subscriptions.Select(s => new PeerSubscription(s.Key, SqlEqualsFilter.Parse(s.Value)))), FreePort.Next());
        peer.Start();
        return peer;
    }

    public void Start()
    {
        lock (lifecycle)
        {
            if (listener is not null)
            {
                return;
            }

            var amqp = new AmqpSettings { RuntimeProvider = this };

            // The client offers only the MSSBCBS mechanism: an anonymous SASL exchange, the token following over $cbs.
            var sasl = new SaslTransportProvider();
            sasl.Versions.Add(new AmqpVersion(1, 0, 0));
            sasl.AddHandler(new SaslAnonymousHandler("MSSBCBS"));
            amqp.TransportProviders.Add(sasl);
            var plain = new AmqpTransportProvider();
            plain.Versions.Add(new AmqpVersion(1, 0, 0));
            amqp.TransportProviders.Add(plain);
            var tcp = new TcpTransportSettings { Host = "127.0.0.1", Port = Port };
            settings = amqp;
            listener = new AmqpTransportListener([tcp.CreateListener()], amqp);
            listener.Listen(OnAcceptTransport);
        }
    }

    /// <summary>Closes the listener and every connection: the client sees the broker gone until <see cref="Start"/>.</summary>
    public void Stop()
    {
        lock (lifecycle)
        {
            listener?.Close();
            listener = null;
            foreach (var connection in connections.Keys)
            {
                // Aborted, not closed: a broker that goes away says nothing, and in-flight sends get no outcome.
                connection.Abort();
            }

            connections.Clear();
        }
    }

    public void Dispose()
    {
        Acknowledgements.Release();
        Stop();
    }

    AmqpConnection IConnectionFactory.CreateConnection(TransportBase transport, ProtocolHeader protocolHeader, bool isInitiator, AmqpSettings amqpSettings, AmqpConnectionSettings connectionSettings) =>
        new(transport, protocolHeader, false, amqpSettings, connectionSettings);

    AmqpSession ISessionFactory.CreateSession(AmqpConnection connection, AmqpSessionSettings sessionSettings) =>
        throw new InvalidOperationException("sessions are created by the connection");

    AmqpLink ILinkFactory.CreateLink(AmqpSession session, AmqpLinkSettings linkSettings)
    {
        if (linkSettings.IsReceiver())
        {
            linkSettings.MaxMessageSize = MaxMessageSize;
            linkSettings.TotalLinkCredit = 1000;
            linkSettings.AutoSendFlow = true;
            return new ReceivingAmqpLink(session, linkSettings);
        }

        return new SendingAmqpLink(session, linkSettings);
    }

    IAsyncResult ILinkFactory.BeginOpenLink(AmqpLink link, TimeSpan timeout, AsyncCallback callback, object state)
    {
        var address = EntityAddress.Of(link);
        if (address == CbsEndpoint.Address)
        {
            cbs.Attach(link);
        }
        else if (link is ReceivingAmqpLink inbound && address == Topic.Name)
        {
            inbound.RegisterMessageListener(message => OnTopicMessage(inbound, message));
        }
        else if (link is SendingAmqpLink outbound && EntityAddress.Subscription(address, Topic.Name) is { } name && Topic.TryGetSubscription(name, out var subscription))
        {
            _ = new SubscriptionOutbound(outbound, subscription!);
        }
        else
        {
            throw new AmqpException(AmqpErrorCode.NotFound, $"The messaging entity '{address}' could not be found.");
        }

        return new CompletedOpen(callback, state);
    }

    void ILinkFactory.EndOpenLink(IAsyncResult result)
    {
    }

    private void OnTopicMessage(ReceivingAmqpLink link, AmqpMessage transfer)
    {
        if (!IsRunning)
        {
            // Arrived as the peer stopped: lost with the connection, never acknowledged.
            return;
        }

        try
        {
            var messages = AmqpMessageReader.Unbatch(transfer).Select(m => AmqpMessageReader.Read(m, Interlocked.Increment(ref sequence))).ToList();
            Topic.Accept(messages);
            Acknowledgements.Acknowledge(() =>
            {
                link.DisposeMessage(transfer, AmqpConstants.AcceptedOutcome, true, false);
                transfer.Dispose();
            });
        }
        catch (Exception ex)
        {
            link.DisposeMessage(transfer, new Rejected { Error = new Error { Condition = AmqpErrorCode.DecodeError, Description = ex.Message } }, true, false);
        }
    }

    private void OnAcceptTransport(TransportListener transportListener, TransportAsyncCallbackArgs args)
    {
        var connectionSettings = new AmqpConnectionSettings { ContainerId = "integrationhub-test-peer", MaxFrameSize = 64 * 1024 };
        AmqpConnection? connection = null;
        try
        {
            connection = ((IConnectionFactory)this).CreateConnection(args.Transport, (ProtocolHeader)args.UserToken, false, settings!, connectionSettings);
            connection.Closed += (sender, _) => connections.TryRemove((AmqpConnection)sender!, out byte _);
            connections[connection] = 0;
            connection.BeginOpen(AmqpConstants.DefaultTimeout, OnConnectionOpened, connection);
        }
        catch (Exception ex)
        {
            connection?.SafeClose(ex);
        }
    }

    private void OnConnectionOpened(IAsyncResult result)
    {
        var connection = (AmqpConnection)result.AsyncState!;
        try
        {
            connection.EndOpen(result);
            if (!IsRunning)
            {
                // Stopped while this connection was opening.
                connection.SafeClose();
            }
        }
        catch (Exception ex)
        {
            connection.SafeClose(ex);
        }
    }
}
