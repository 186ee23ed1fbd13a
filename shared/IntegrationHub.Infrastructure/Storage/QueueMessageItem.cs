namespace IntegrationHub.Infrastructure.Storage;

/// <summary>A received queue message; <see cref="PopReceipt"/> is needed to delete it or change its visibility.</summary>
public sealed record QueueMessageItem(string MessageId, string PopReceipt, int DequeueCount, DateTimeOffset? InsertedOn, string Text);
