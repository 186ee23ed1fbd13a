using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// Reads elements of one entry defensively: a wrong JSON type, an oversized string or a bad date becomes an
/// issue at that element's location instead of an exception, so one bad entry never stops the bundle.
/// </summary>
public sealed class ElementReader
{
    public const int MaxStringLength = 4096;

    private readonly List<Issue> issues = [];

    public IReadOnlyList<Issue> Issues => issues;

    public bool HasErrors => issues.Any(i => i.Severity == IssueSeverity.Error);

    public void Error(string code, string location, string message) => issues.Add(Issue.Error(code, location, message));

    public void Warning(string code, string location, string message) => issues.Add(Issue.Warning(code, location, message));

    public void Information(string code, string location, string message) => issues.Add(Issue.Information(code, location, message));

    public string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var location = path + "." + name;
        if (value.ValueKind != JsonValueKind.String)
        {
            Error("structure", location, $"{name} must be a JSON string, not {Describe(value)}.");
            return null;
        }

        if (!TryReadText(value, out var text, out var problem))
        {
            Error("value", location, $"{name} {problem}; the value cannot be read as text.");
            return null;
        }

        if (text.Length > MaxStringLength)
        {
            Error("too-costly", location, $"{name} is {text.Length} characters long; at most {MaxStringLength} are read.");
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public JsonElement? Object(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Error("structure", path + "." + name, $"{name} must be a JSON object, not {Describe(value)}.");
            return null;
        }

        return value;
    }

    /// <summary>The objects of an array element with their locations; a non-array or non-object item is an issue.</summary>
    public IEnumerable<(JsonElement Item, string Location)> Objects(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error("structure", path + "." + name, $"{name} must be a JSON array, not {Describe(value)}.");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var location = $"{path}.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error("structure", location, $"{name} items must be JSON objects, not {Describe(item)}.");
                continue;
            }

            yield return (item, location);
        }
    }

    public IEnumerable<string> Strings(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error("structure", path + "." + name, $"{name} must be a JSON array of strings, not {Describe(value)}.");
            yield break;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var location = $"{path}.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                Error("structure", location, $"{name} items must be strings, not {Describe(item)}.");
                continue;
            }

            if (!TryReadText(item, out var text, out var problem))
            {
                Error("value", location, $"{name} item {problem}; the value cannot be read as text.");
                continue;
            }

            if (text is { Length: > 0 and <= MaxStringLength })
            {
                yield return text.Trim();
            }
        }
    }

    /// <summary>A full date; a partial one is a warning (valid FHIR, but no day) and an invalid one an error.</summary>
    public DateOnly? Date(JsonElement parent, string name, string path, bool dateTime)
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        var parsed = dateTime ? FhirDates.ParseDateTime(text) : FhirDates.ParseDate(text);
        if (parsed.Date is { } date)
        {
            return date;
        }

        if (parsed.Partial)
        {
            Warning("value", path + "." + name, $"{name} '{text}' is a partial date; the hub needs a full date and ignores it.");
        }
        else
        {
            Error("value", path + "." + name, $"{name} '{Shorten(text)}' is not a valid FHIR {(dateTime ? "dateTime" : "date")}.");
        }

        return null;
    }

    /// <summary>The code of the first coding with <paramref name="system"/> in a CodeableConcept.</summary>
    public (string? Code, string? Location) CodeFrom(JsonElement concept, string system, string path)
    {
        foreach (var (coding, location) in Objects(concept, "coding", path))
        {
            if (String(coding, "system", location) == system)
            {
                return (String(coding, "code", location), location + ".code");
            }
        }

        return (null, null);
    }

    /// <summary>
    /// The text of a JSON string, or why it has none. JsonDocument checks structure only: a string may still hold
    /// bytes that are not UTF-8 or an escaped half of a surrogate pair (<c>"\ud800"</c>), which are not text and
    /// which GetString refuses with an exception, so every string a sender wrote is read through here.
    /// </summary>
    public static bool TryReadText(JsonElement value, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        if (!Utf8.IsValid(JsonMarshal.GetRawUtf8Value(value)))
        {
            (text, problem) = (null, "is not valid UTF-8 (send UTF-8; Latin-1 or Windows-1252 bytes are not accepted)");
            return false;
        }

        try
        {
            (text, problem) = (value.GetString()!, null);
            return true;
        }
        catch (InvalidOperationException)
        {
            // The bytes are UTF-8, so what GetString refused is a \u escape of a surrogate without its other half.
            (text, problem) = (null, "contains an unpaired surrogate (a \\uD800–\\uDFFF escape without its other half)");
            return false;
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
