using Azure.Messaging.ServiceBus;
using IntegrationHub.Testing.ServiceBus;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>The test peer against the real client: what the hub's publication tests rely on it to do as Service Bus does.</summary>
public sealed class ServiceBusPeerTests : IDisposable
{
    private static readonly Dictionary<string, string> Subscriptions = new(StringComparer.Ordinal)
    {
        ["a"] = "ia = 'S37000001'",
        ["b"] = "ia = 'S37000002'",
    };

    private readonly ServiceBusPeer peer = ServiceBusPeer.Start("ia-activity", Subscriptions);

    [Fact]
    public async Task BatchedMessages_ArriveFilteredInOrder_WithTheirProperties()
    {
        await using var client = new ServiceBusClient(peer.ConnectionString);
        await using var sender = client.CreateSender("ia-activity");
        using var batch = await sender.CreateMessageBatchAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(batch.TryAddMessage(Message($"m{i}", i % 2 == 0 ? "S37000001" : "S37000002", $"person{i % 3}")));
        }

        await sender.SendMessagesAsync(batch);
        await sender.SendMessageAsync(Message("single", "S37000002", "person9"));

        Assert.Equal(["m0", "m2", "m4", "m6", "m8"], peer.Topic.Subscription("a").Messages.Select(m => m.MessageId));
        Assert.Equal(["m1", "m3", "m5", "m7", "m9", "single"], peer.Topic.Subscription("b").Messages.Select(m => m.MessageId));
        var first = peer.Topic.Subscription("a").Messages[0];
        Assert.Equal("person0", first.SessionId);
        Assert.Equal("home-care", first.Subject);
        Assert.Equal("upsert", first.Property("op"));
        Assert.Equal("{\"id\":\"m0\"}", first.Text);
    }

    [Fact]
    public async Task ASecondMessageWithTheSameId_IsDroppedButRecorded()
    {
        await using var client = new ServiceBusClient(peer.ConnectionString);
        await using var sender = client.CreateSender("ia-activity");
        await sender.SendMessageAsync(Message("x", "S37000001", "p"));
        await sender.SendMessageAsync(Message("x", "S37000001", "p"));

        Assert.Single(peer.Topic.Subscription("a").Messages);
        Assert.Equal(2, peer.Topic.Arrivals.Count(m => m.MessageId == "x"));
    }

    [Fact]
    public async Task AReceiver_GetsItsSubscriptionsMessages_AndCompletesThem()
    {
        await using var client = new ServiceBusClient(peer.ConnectionString);
        await using var sender = client.CreateSender("ia-activity");
        await sender.SendMessagesAsync([Message("r1", "S37000002", "p"), Message("r2", "S37000002", "p")]);
        await using var receiver = client.CreateReceiver("ia-activity", "b");

        var received = new List<ServiceBusReceivedMessage>();
        while (received.Count < 2)
        {
            received.AddRange(await receiver.ReceiveMessagesAsync(10, TimeSpan.FromSeconds(5)));
        }

        foreach (var message in received)
        {
            await receiver.CompleteMessageAsync(message);
        }

        Assert.Equal(["r1", "r2"], received.Select(m => m.MessageId));
        Assert.Equal("S37000002", received[0].ApplicationProperties["ia"]);
        Assert.Equal("p", received[0].SessionId);
        Assert.Empty(peer.Topic.Subscription("b").Messages);
    }

    [Fact]
    public async Task StoppedPeer_FailsTheSend_ThenTakesItOnceStarted()
    {
        var options = new ServiceBusClientOptions { RetryOptions = new ServiceBusRetryOptions { MaxRetries = 0, TryTimeout = TimeSpan.FromSeconds(5) } };
        await using var client = new ServiceBusClient(peer.ConnectionString, options);
        await using var sender = client.CreateSender("ia-activity");
        await sender.SendMessageAsync(Message("before", "S37000001", "p"));
        peer.Stop();

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendMessageAsync(Message("during", "S37000001", "p")));

        peer.Start();
        await sender.SendMessageAsync(Message("after", "S37000001", "p"));
        Assert.Equal(["before", "after"], peer.Topic.Subscription("a").Messages.Select(m => m.MessageId));
    }

    [Fact]
    public async Task StoppedPeer_RefusesConnections_UntilStarted()
    {
        peer.Stop();
        using (var refused = new System.Net.Sockets.TcpClient())
        {
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => refused.ConnectAsync("127.0.0.1", peer.Port));
        }

        peer.Start();
        using var accepted = new System.Net.Sockets.TcpClient();
        await accepted.ConnectAsync("127.0.0.1", peer.Port);
    }

    public void Dispose() => peer.Dispose();

    private static ServiceBusMessage Message(string id, string ia, string session) => new(BinaryData.FromString($"{{\"id\":\"{id}\"}}"))
    {
        MessageId = id,
        SessionId = session,
        Subject = "home-care",
        ContentType = "application/json",
        ApplicationProperties = { ["ia"] = ia, ["kind"] = "home-care", ["op"] = "upsert" },
    };
}
