using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace IntegrationHub.Cli.Events;

/// <summary>
/// <c>./hub events --ia S37…</c>: receives an IA's live activity events from its subscription of the topic and prints
/// each as one NDJSON line on stdout (the body as sent: the feed entry), with a progress line on stderr. This is the
/// code an IA developer would copy: the namespace with their own Entra identity (Azure Service Bus Data Receiver on
/// their IA's subscription), peek-lock, and a message completed only once it is written out.
/// </summary>
public static class EventsCommand
{
    public static async Task<int> RunAsync(CommandLine args, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
        var ia = args.Require("ia");
        var topic = args.Get("topic") ?? "ia-activity";
        var max = args.GetInt("max", int.MaxValue);
        var idle = args.Get("idle-seconds") is { } seconds ? TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)) : (TimeSpan?)null;
        await using var client = Client(args);

        // The subscription is named by the IA code (bicep/modules/servicebus.bicep) and lets in only that IA's events.
        await using var receiver = client.CreateReceiver(topic, ia, new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.PeekLock, PrefetchCount = 100 });
        var received = 0;
        var lastMessageAt = TimeProvider.System.GetUtcNow();
        while (received < max && !cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<ServiceBusReceivedMessage> messages;
            try
            {
                messages = await receiver.ReceiveMessagesAsync(Math.Min(100, max - received), TimeSpan.FromSeconds(5), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            foreach (var message in messages)
            {
                await output.WriteLineAsync(message.Body.ToString());
                await output.FlushAsync(cancellationToken);

                // Completed after it is written: a crash before this line gets the message again (at least once).
                await receiver.CompleteMessageAsync(message, cancellationToken);
                received++;
                lastMessageAt = TimeProvider.System.GetUtcNow();
                Progress(progress, received, message);
            }

            if (messages.Count == 0 && idle is { } limit && TimeProvider.System.GetUtcNow() - lastMessageAt >= limit)
            {
                break;
            }
        }

        await progress.WriteLineAsync($"\r{received} events of {ia} received");
        return 0;
    }

    private static ServiceBusClient Client(CommandLine args)
    {
        if (args.Get("connection-string") is { } connection)
        {
            return new ServiceBusClient(connection);
        }

        var ns = args.Get("namespace") ?? throw new ArgumentException("--namespace NAME.servicebus.windows.net (or --connection-string) is required");
        return new ServiceBusClient(ns, new DefaultAzureCredential());
    }

    private static void Progress(TextWriter progress, int received, ServiceBusReceivedMessage message) =>
        progress.Write($"\r{received} events, last {message.ApplicationProperties.GetValueOrDefault("op")} {message.Subject} published {message.ApplicationProperties.GetValueOrDefault("publishedAt")}   ");
}
