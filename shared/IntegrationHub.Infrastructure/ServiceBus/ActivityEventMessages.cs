using System.Globalization;
using Azure.Messaging.ServiceBus;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.ServiceBus;

/// <summary>
/// A feed entry as a Service Bus message (CONTRACT §5): the body is the entry's feed JSON (the pseudonymised activity
/// shape, or the minimal delete), so nothing identifying can be in it; MessageId = entry id (duplicate detection drops
/// a resend), SessionId = anonId (per-person order), Subject = kind, and the properties subscriptions filter on.
/// </summary>
public static class ActivityEventMessages
{
    public static ServiceBusMessage From(FeedEntry entry)
    {
        var json = ActivityJson.Line(writer => ActivityJson.Write(writer, entry));
        return new ServiceBusMessage(new BinaryData(json.AsMemory(0, json.Length - 1)))
        {
            MessageId = entry.EntryId,
            SessionId = entry.AnonId,
            Subject = entry.Kind,
            ContentType = "application/json",
            ApplicationProperties =
            {
                ["ia"] = entry.Ia,
                ["kind"] = entry.Kind,
                ["op"] = entry.Op,
                ["publishedAt"] = entry.PublishedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
    }
}
