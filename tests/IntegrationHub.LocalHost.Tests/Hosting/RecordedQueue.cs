using System.Collections.Concurrent;
using Azure.Storage.Queues;

namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>
/// A queue the sample worker records to (plain text). Reading drains it into memory, so every test sees every
/// record however many there are, and waits for the one it looks for.
/// </summary>
public sealed class RecordedQueue
{
    private readonly QueueClient queue;
    private readonly ConcurrentQueue<string> seen = new();

    public RecordedQueue(string connectionString, string name)
    {
        queue = new QueueClient(connectionString, name);
    }

    public async Task<IReadOnlyList<string>> WaitForAsync(Func<IReadOnlyList<string>, bool> complete, TimeSpan timeout, string what)
    {
        return await Eventually.GetAsync<IReadOnlyList<string>>(
            async () =>
            {
                await DrainAsync();
                var records = seen.ToList();
                return complete(records) ? records : null;
            },
            timeout,
            what);
    }

    private async Task DrainAsync()
    {
        if (!await queue.ExistsAsync())
        {
            return;
        }

        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32)).Value;
            if (messages.Length == 0)
            {
                return;
            }

            foreach (var message in messages)
            {
                seen.Enqueue(message.Body.ToString());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
