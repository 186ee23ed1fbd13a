using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

/// <summary>A JSON string token as text, or the reason it cannot be one, without an exception escaping.</summary>
public static class JsonText
{
    /// <summary>
    /// False for what <see cref="Utf8JsonReader.GetString"/> refuses in well-formed JSON: bytes that are not UTF-8, or a
    /// \u escape of half a surrogate pair.
    /// </summary>
    public static bool TryRead(ref Utf8JsonReader reader, out string? text)
    {
        try
        {
            text = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
