using System.Globalization;
using System.Security;
using System.Text;
using System.Xml.Linq;
using Azure.Core;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// The Queue operations the hub uses (REST API, on Azure.Core). Message text goes as-is, not base64: host.json
/// sets the queue extension's messageEncoding to none so the Functions host and Azurite agree.
/// </summary>
public sealed class QueueStorageClient(StorageTransport transport)
{
    private static readonly int[] Created = [201, 204];
    private static readonly int[] Ok = [200];

    public async Task CreateQueueIfNotExistsAsync(string queue, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Put, queue, null);
        try
        {
            await transport.SendAsync(message, Created, cancellationToken);
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.Conflict)
        {
            // QueueAlreadyExists (with other metadata): the goal state.
        }
    }

    public async Task SendMessageAsync(string queue, string text, TimeSpan? visibilityDelay, CancellationToken cancellationToken)
    {
        var query = visibilityDelay is { } delay ? "visibilitytimeout=" + Seconds(delay) : null;
        using var message = Message(RequestMethod.Post, queue + "/messages", query);
        var body = "<QueueMessage><MessageText>" + SecurityElement.Escape(text) + "</MessageText></QueueMessage>";
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(body));
        await transport.SendAsync(message, [201], cancellationToken);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1–32), hiding them for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<QueueMessageItem>> ReceiveMessagesAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        var query = "numofmessages=" + Math.Clamp(maxMessages, 1, 32).ToString(CultureInfo.InvariantCulture)
            + "&visibilitytimeout=" + Math.Max(1, Seconds(visibilityTimeout)).ToString(CultureInfo.InvariantCulture);
        using var message = Message(RequestMethod.Get, queue + "/messages", query);
        var response = await transport.SendAsync(message, Ok, cancellationToken);
        return Parse(response.Content.ToString());
    }

    public async Task<IReadOnlyList<QueueMessageItem>> PeekMessagesAsync(string queue, int maxMessages, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Get, queue + "/messages", "peekonly=true&numofmessages=" + Math.Clamp(maxMessages, 1, 32).ToString(CultureInfo.InvariantCulture));
        var response = await transport.SendAsync(message, Ok, cancellationToken);
        return Parse(response.Content.ToString());
    }

    public async Task DeleteMessageAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Delete, queue + "/messages/" + Uri.EscapeDataString(messageId), "popreceipt=" + Uri.EscapeDataString(popReceipt));
        await transport.SendAsync(message, [204], cancellationToken);
    }

    /// <summary>Hides a received message for <paramref name="visibilityTimeout"/> more; returns its new pop receipt.</summary>
    public async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        using var message = Message(
            RequestMethod.Put,
            queue + "/messages/" + Uri.EscapeDataString(messageId),
            "popreceipt=" + Uri.EscapeDataString(popReceipt) + "&visibilitytimeout=" + Seconds(visibilityTimeout).ToString(CultureInfo.InvariantCulture));
        message.Request.Content = RequestContent.Create(ReadOnlyMemory<byte>.Empty);
        var response = await transport.SendAsync(message, [204], cancellationToken);
        return response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) ? receipt! : popReceipt;
    }

    public async Task<int> GetApproximateMessageCountAsync(string queue, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Get, queue, "comp=metadata");
        var response = await transport.SendAsync(message, Ok, cancellationToken);
        return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count)
            ? int.Parse(count!, CultureInfo.InvariantCulture)
            : 0;
    }

    private static int Seconds(TimeSpan span) => (int)Math.Ceiling(Math.Max(0, span.TotalSeconds));

    private static List<QueueMessageItem> Parse(string xml)
    {
        var document = XDocument.Parse(xml.TrimStart('\uFEFF'));
        return [.. document.Root!.Elements("QueueMessage").Select(m => new QueueMessageItem(
            m.Element("MessageId")!.Value,
            m.Element("PopReceipt")?.Value ?? string.Empty,
            int.Parse(m.Element("DequeueCount")?.Value ?? "0", CultureInfo.InvariantCulture),
            m.Element("InsertionTime") is { } inserted ? DateTimeOffset.Parse(inserted.Value, CultureInfo.InvariantCulture) : null,
            m.Element("MessageText")?.Value ?? string.Empty))];
    }

    private HttpMessage Message(RequestMethod method, string path, string? query)
    {
        var uri = new Uri(transport.Account.QueueEndpoint.ToString().TrimEnd('/') + "/" + path + (query is null ? string.Empty : "?" + query));
        var message = transport.Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }
}
