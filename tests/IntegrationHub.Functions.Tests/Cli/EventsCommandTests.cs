using Azure.Messaging.ServiceBus;
using IntegrationHub.Cli;
using IntegrationHub.Cli.Events;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Infrastructure.ServiceBus;
using IntegrationHub.Testing.ServiceBus;

namespace IntegrationHub.Functions.Tests.Cli;

/// <summary><c>./hub events --ia</c> against the AMQP peer with the real client: the IA's events only, as NDJSON, completed.</summary>
public sealed class EventsCommandTests : IDisposable
{
    private readonly ServiceBusPeer peer = ServiceBusPeer.Start("ia-activity", new Dictionary<string, string>
    {
        ["S37000001"] = "ia = 'S37000001'",
        ["S37000002"] = "ia = 'S37000002'",
    });

    [Fact]
    public async Task PrintsTheIasEventsAsNdjson_AndCompletesThem()
    {
        var entries = new[] { Entry("a", "S37000001"), Entry("b", "S37000002"), Entry("c", "S37000001") };
        await using (var client = new ServiceBusClient(peer.ConnectionString))
        await using (var sender = client.CreateSender("ia-activity"))
        {
            await sender.SendMessagesAsync(entries.Select(ActivityEventMessages.From));
        }

        using var output = new StringWriter();
        using var progress = new StringWriter();
        var args = new CommandLine(["events", "--ia", "S37000001", "--connection-string", peer.ConnectionString, "--idle-seconds", "1"]);

        Assert.Equal(0, await EventsCommand.RunAsync(args, output, progress, CancellationToken.None));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(["a", "c"], lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("activityId").GetString()));
        Assert.Contains("2 events of S37000001 received", progress.ToString(), StringComparison.Ordinal);
        Assert.Empty(peer.Topic.Subscription("S37000001").Messages);
        Assert.Single(peer.Topic.Subscription("S37000002").Messages);
    }

    public void Dispose() => peer.Dispose();

    private static FeedEntry Entry(string activityId, string ia) =>
        new($"d-{activityId}-h", new DateOnly(2026, 11, 29), FeedEntry.Delete, DateTimeOffset.UnixEpoch, activityId, "anon-" + activityId, ia, "home-care", null);
}
