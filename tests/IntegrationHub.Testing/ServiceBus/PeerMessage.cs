namespace IntegrationHub.Testing.ServiceBus;

/// <summary>One message as the peer's topic received it: what a Service Bus consumer would see of it.</summary>
/// <param name="Sequence">Arrival order over the whole peer (1, 2, …), duplicates included.</param>
public sealed record PeerMessage(
    long Sequence,
    string? MessageId,
    string? SessionId,
    string? Subject,
    string? ContentType,
    IReadOnlyDictionary<string, object?> Properties,
    byte[] Body,
    DateTimeOffset ArrivedAt)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value?.ToString() : null;
}
