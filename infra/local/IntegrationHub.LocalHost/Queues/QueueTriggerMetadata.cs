using System.Text.Json;
using Azure.Storage.Queues.Models;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Queues;

/// <summary>
/// The binding data the real host gives a queue-triggered function, in the forms its converter produces:
/// strings as strings, the count and times as JSON.
/// </summary>
public static class QueueTriggerMetadata
{
    public static Dictionary<string, TypedData> From(QueueMessage message, string text)
    {
        var metadata = new Dictionary<string, TypedData>(StringComparer.Ordinal)
        {
            ["QueueTrigger"] = new() { String = text },
            ["DequeueCount"] = new() { Json = JsonSerializer.Serialize(message.DequeueCount) },
            ["Id"] = new() { String = message.MessageId },
            ["PopReceipt"] = new() { String = message.PopReceipt },
        };
        AddTime(metadata, "InsertionTime", message.InsertedOn);
        AddTime(metadata, "ExpirationTime", message.ExpiresOn);
        AddTime(metadata, "NextVisibleTime", message.NextVisibleOn);
        return metadata;
    }

    private static void AddTime(Dictionary<string, TypedData> metadata, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            metadata[name] = new TypedData { Json = JsonSerializer.Serialize(time) };
        }
    }
}
