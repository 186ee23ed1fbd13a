using System.Text.Json;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Reads a queue message's JSON; a message that is not JSON reads as null, like one missing its id.</summary>
public static class QueueMessageJson
{
    public static T? Read<T>(string message, Func<JsonElement, T?> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(message);
            return read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
