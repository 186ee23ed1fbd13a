using System.Text.Json;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// The contract's Activity JSON (CONTRACT §3), used by the analyst routes, the feed and the daily files alike, so
/// they can never drift apart. Only the pseudonymised fields exist on <see cref="IaActivity"/> to begin with.
/// </summary>
public static class ActivityJson
{
    public static void Write(Utf8JsonWriter json, IaActivity a, string op)
    {
        json.WriteStartObject();
        json.WriteString("activityId", a.ActivityId);
        json.WriteString("anonId", a.AnonId);
        json.WriteString("ia", a.Ia);
        json.WriteString("kind", a.Kind);
        WriteNullable(json, "setting", a.Setting);
        WriteNullable(json, "admissionType", a.AdmissionType);
        json.WriteString("start", a.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteNullable(json, "end", a.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        WriteNumber(json, "bedDays", a.BedDays);
        WriteNumber(json, "hours", a.Hours);
        WriteNullable(json, "serviceType", a.ServiceType);
        WriteNullable(json, "delayReason", a.DelayReason);
        WriteNullable(json, "sex", a.Sex);
        WriteNumber(json, "ageAtStart", a.AgeAtStart);
        json.WriteStartObject("source");
        json.WriteString("org", a.Source.Org);
        json.WriteString("kind", a.Source.Kind);
        json.WriteEndObject();
        json.WriteString("op", op);
        json.WriteString("publishedAt", a.PublishedAt);
        json.WriteEndObject();
    }

    /// <summary>A feed entry: the activity with its op, or for a delete just what identifies it.</summary>
    public static void Write(Utf8JsonWriter json, FeedEntry entry)
    {
        if (entry.Activity is { } activity)
        {
            Write(json, activity with { PublishedAt = entry.PublishedAt }, entry.Op);
            return;
        }

        json.WriteStartObject();
        json.WriteString("activityId", entry.ActivityId);
        json.WriteString("anonId", entry.AnonId);
        json.WriteString("ia", entry.Ia);
        json.WriteString("kind", entry.Kind);
        json.WriteString("op", entry.Op);
        json.WriteString("publishedAt", entry.PublishedAt);
        json.WriteEndObject();
    }

    /// <summary>One NDJSON line (no indentation, then a line feed).</summary>
    public static byte[] Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
