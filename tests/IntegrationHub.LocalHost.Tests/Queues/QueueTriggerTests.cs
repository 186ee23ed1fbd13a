using System.Globalization;
using Azure.Storage.Queues;
using IntegrationHub.LocalHost.Tests.Hosting;

namespace IntegrationHub.LocalHost.Tests.Queues;

/// <summary>
/// Queue triggers run as the real host runs them against Storage, with the sample's host.json
/// (maxDequeueCount 3, visibilityTimeout 2 s, base64).
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class QueueTriggerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly LocalHostFixture fixture;

    public QueueTriggerTests(LocalHostFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task A_message_is_delivered_with_its_metadata_and_deleted_once_processed()
    {
        var text = "ok-" + Guid.NewGuid();
        var queue = fixture.Queue(LocalHostFixture.WorkQueue);
        await queue.CreateIfNotExistsAsync();

        var sent = await queue.SendMessageAsync(text);

        await fixture.Done.WaitForAsync(records => records.Contains(text), Patience, "the message processed");
        var attempt = Assert.Single(Attempts(await fixture.Attempts.WaitForAsync(records => Attempts(records, text).Count > 0, Patience, "the attempt recorded"), text));
        Assert.Equal(1, attempt.DequeueCount);
        Assert.Equal(sent.Value.MessageId, attempt.Id);
        await Eventually.HoldsAsync(
            async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            Patience,
            "the processed message deleted");
    }

    [Fact]
    public async Task A_failing_message_is_retried_after_the_visibility_timeout_then_moved_to_the_poison_queue()
    {
        var text = "fail-" + Guid.NewGuid();
        var queue = fixture.Queue(LocalHostFixture.WorkQueue);
        var poison = fixture.Queue(LocalHostFixture.WorkQueue + "-poison");
        await queue.CreateIfNotExistsAsync();

        var sent = await queue.SendMessageAsync(text);

        var poisoned = await Eventually.GetAsync(
            async () => await poison.ExistsAsync()
                ? (await poison.ReceiveMessagesAsync(32)).Value.FirstOrDefault(message => message.Body.ToString() == text)
                : null,
            Patience,
            "the message in the poison queue");
        Assert.Equal(text, poisoned.Body.ToString());

        var attempts = Attempts(await fixture.Attempts.WaitForAsync(records => Attempts(records, text).Count >= 3, Patience, "three attempts recorded"), text);
        Assert.Equal([1, 2, 3], attempts.Select(attempt => attempt.DequeueCount));
        Assert.All(attempts, attempt => Assert.Equal(sent.Value.MessageId, attempt.Id));
        foreach (var (earlier, later) in attempts.Zip(attempts.Skip(1)))
        {
            // Failed, then made visible again only after host.json's visibilityTimeout (2 s).
            Assert.True(later.At - earlier.At >= TimeSpan.FromSeconds(1.5), $"attempts {earlier.At:O} and {later.At:O} are closer than the visibility timeout");
        }

        await Eventually.HoldsAsync(
            async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            Patience,
            "the poisoned message gone from its queue");
    }

    [Fact]
    public async Task A_message_still_running_does_not_hold_up_the_messages_after_it()
    {
        var held = "hold-" + Guid.NewGuid();
        var next = "ok-" + Guid.NewGuid();
        var queue = fixture.Queue(LocalHostFixture.WorkQueue);
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(held);
        await fixture.Attempts.WaitForAsync(records => Attempts(records, held).Count > 0, Patience, "the held message started");
        await queue.SendMessageAsync(next);

        // The held invocation is still running (nothing has released it), yet the next message is processed.
        var done = await fixture.Done.WaitForAsync(records => records.Contains(next), Patience, "the next message processed while the first is held");
        Assert.DoesNotContain(held, done);

        // The sample reads releases as plain text, as it writes its records.
        var releases = new QueueClient(fixture.StorageConnectionString, "releases");
        await releases.CreateIfNotExistsAsync();
        await releases.SendMessageAsync(held);
        await fixture.Done.WaitForAsync(records => records.Contains(held), Patience, "the held message processed once released");
    }

    [Fact]
    public async Task Messages_sent_after_storage_crashes_and_restarts_are_still_processed()
    {
        await fixture.RestartStorageAsync();
        var text = "after-restart-" + Guid.NewGuid();
        var queue = fixture.Queue(LocalHostFixture.WorkQueue);
        // A killed Azurite may not have saved the queue; the host must cope either way.
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(text);

        await fixture.Done.WaitForAsync(records => records.Contains(text), TimeSpan.FromSeconds(60), "the message sent after the restart processed");
    }

    private static List<Attempt> Attempts(IReadOnlyList<string> records, string text) =>
        records.Select(record => record.Split('|'))
            .Where(fields => fields[0] == text)
            .Select(fields => new Attempt(
                long.Parse(fields[1], CultureInfo.InvariantCulture),
                fields[2],
                DateTimeOffset.Parse(fields[3], CultureInfo.InvariantCulture)))
            .OrderBy(attempt => attempt.DequeueCount)
            .ToList();

    private sealed record Attempt(long DequeueCount, string Id, DateTimeOffset At);
}
