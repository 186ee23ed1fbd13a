using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.IntegrationTests.Infrastructure.Storage;

public sealed class QueueStorageClientTests
{
    private readonly QueueStorageClient queues = new(StorageClients.Transport());
    private readonly string queue = StorageClients.UniqueName("q");

    [Fact]
    public async Task SentText_IsReceivedExactly_IncludingXmlSpecialCharacters()
    {
        await queues.CreateQueueIfNotExistsAsync(queue, default);
        const string text = """{"submissionId":"a<b>&c'd\"e","note":"ünïcode ✓"}""";

        await queues.SendMessageAsync(queue, text, null, default);
        var received = await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(30), default);

        var message = Assert.Single(received);
        Assert.Equal(text, message.Text);
        Assert.Equal(1, message.DequeueCount);
        Assert.NotNull(message.InsertedOn);
    }

    [Fact]
    public async Task ReceivedMessage_IsHiddenUntilItsVisibilityTimeoutThenComesBackWithAHigherDequeueCount()
    {
        await queues.CreateQueueIfNotExistsAsync(queue, default);
        await queues.SendMessageAsync(queue, "m", null, default);

        var first = Assert.Single(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(1), default));
        Assert.Empty(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(1), default));
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var second = Assert.Single(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(30), default));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task Delete_RemovesTheMessage()
    {
        await queues.CreateQueueIfNotExistsAsync(queue, default);
        await queues.SendMessageAsync(queue, "m", null, default);
        var message = Assert.Single(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(1), default));

        await queues.DeleteMessageAsync(queue, message.MessageId, message.PopReceipt, default);
        await Task.Delay(TimeSpan.FromMilliseconds(1200));

        Assert.Empty(await queues.ReceiveMessagesAsync(queue, 32, TimeSpan.FromSeconds(1), default));
        Assert.Equal(0, await queues.GetApproximateMessageCountAsync(queue, default));
    }

    [Fact]
    public async Task UpdateVisibility_MakesTheMessageVisibleSoonerAndReturnsANewPopReceipt()
    {
        await queues.CreateQueueIfNotExistsAsync(queue, default);
        await queues.SendMessageAsync(queue, "m", null, default);
        var message = Assert.Single(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromMinutes(5), default));

        var receipt = await queues.UpdateVisibilityAsync(queue, message.MessageId, message.PopReceipt, TimeSpan.Zero, default);

        Assert.NotEqual(message.PopReceipt, receipt);
        var again = Assert.Single(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(30), default));
        Assert.Equal(message.MessageId, again.MessageId);
    }

    [Fact]
    public async Task DelayedSend_IsInvisibleUntilTheDelayPasses()
    {
        await queues.CreateQueueIfNotExistsAsync(queue, default);

        await queues.SendMessageAsync(queue, "later", TimeSpan.FromSeconds(1), default);

        Assert.Empty(await queues.ReceiveMessagesAsync(queue, 1, TimeSpan.FromSeconds(1), default));
        Assert.Equal(1, await queues.GetApproximateMessageCountAsync(queue, default));
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        Assert.Single(await queues.PeekMessagesAsync(queue, 32, default));
    }

    [Fact]
    public async Task MissingQueue_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<StorageRequestException>(() => queues.SendMessageAsync(queue, "x", null, default));

        Assert.Equal(StorageErrorKind.NotFound, error.Kind);
    }
}
