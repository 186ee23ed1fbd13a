using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// JSON strings that are well-formed but are not text: an escaped half of a surrogate pair (<c>"\ud800"</c>) or bytes
/// that are not UTF-8. System.Text.Json, and so Firely's deserialiser, throws on them without saying where. When it
/// does, the body is walked once with a JSON reader to find each one's element, and a copy is made with each replaced
/// by a placeholder, so the deserialiser can read everything else; the issues reject only the entries that hold them.
/// </summary>
internal static class UnreadableStrings
{
    private static readonly byte[] PlaceholderValue = "\"\\uFFFD\""u8.ToArray();
    /// <summary>The name that stands in for a property name that is not text.</summary>
    public const string PlaceholderNameText = "unreadable-name";

    private static readonly byte[] PlaceholderName = Encoding.UTF8.GetBytes($"\"{PlaceholderNameText}\"");

    /// <summary>The readable copy and an issue per unreadable string, located relative to the root (<c>.entry[0].resource.name[0].family</c>).</summary>
    public static (byte[] Readable, IReadOnlyList<Issue> Issues) Replace(ReadOnlySpan<byte> body, int maxDepth)
    {
        var issues = new List<Issue>();
        var output = new ArrayBufferWriter<byte>(body.Length);
        var copied = 0;
        var path = new List<Frame>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = JsonText.TryRead(ref reader, out var text) ? text : null;
                    path[^1] = path[^1] with { Name = name ?? "?" };
                    if (name is null)
                    {
                        issues.Add(Issue.Error("value", Location(path, withName: false), $"A property name {Problem(ref reader)}, which is not text; the element cannot be read."));
                        Substitute(body, ref reader, PlaceholderName, output, ref copied);
                    }

                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    Advance(path);
                    path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    continue;
                case JsonTokenType.String:
                    Advance(path);
                    if (!IsText(ref reader))
                    {
                        issues.Add(Issue.Error("value", Location(path, withName: true), $"{Element(path)} {Problem(ref reader)}; the value cannot be read as text."));
                        Substitute(body, ref reader, PlaceholderValue, output, ref copied);
                    }

                    continue;
                default:
                    Advance(path);
                    continue;
            }
        }

        output.Write(body[copied..]);
        return (output.WrittenSpan.ToArray(), issues);
    }

    /// <summary>An array's next item moves its index on.</summary>
    private static void Advance(List<Frame> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    /// <summary>Unescaped UTF-8 is text as it stands; anything else is text when the reader can decode it.</summary>
    private static bool IsText(ref Utf8JsonReader reader) =>
        (!reader.ValueIsEscaped && Utf8.IsValid(reader.ValueSpan)) || JsonText.TryRead(ref reader, out _);

    private static string Problem(ref Utf8JsonReader reader) =>
        Utf8.IsValid(reader.ValueSpan)
            ? "contains an unpaired surrogate (a \\uD800–\\uDFFF escape without its other half)"
            : "is not valid UTF-8 (send UTF-8; Latin-1 or Windows-1252 bytes are not accepted)";

    private static void Substitute(ReadOnlySpan<byte> body, ref Utf8JsonReader reader, byte[] placeholder, ArrayBufferWriter<byte> output, ref int copied)
    {
        // The token is the value between its quotes plus the quotes themselves.
        var start = (int)reader.TokenStartIndex;
        output.Write(body[copied..start]);
        output.Write(placeholder);
        copied = start + reader.ValueSpan.Length + 2;
    }

    /// <summary><c>.entry[0].resource.name[0].family</c>: each object's current property, each array's current index.</summary>
    private static string Location(List<Frame> path, bool withName)
    {
        var location = new StringBuilder();
        for (var i = 0; i < path.Count; i++)
        {
            var frame = path[i];
            if (frame.IsArray)
            {
                location.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Name is not null && (withName || i < path.Count - 1))
            {
                location.Append('.').Append(frame.Name);
            }
        }

        return location.ToString();
    }

    private static string Element(List<Frame> path) => path.LastOrDefault(f => !f.IsArray)?.Name ?? "A value";

    private sealed record Frame(bool IsArray, int Index, string? Name);
}
