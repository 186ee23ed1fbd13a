namespace IntegrationHub.LocalHost.Queues;

/// <summary>A dequeued message's id and its current pop receipt, which every visibility update replaces.</summary>
public sealed class MessageLease
{
    public MessageLease(string messageId, string popReceipt)
    {
        MessageId = messageId;
        PopReceipt = popReceipt;
    }

    public string MessageId { get; }

    public string PopReceipt { get; set; }
}
