using System.Text;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// The accept-time check of an extract: reads only the header record and looks for one data row, so a
/// 64 MiB file is refused or accepted without being parsed. Rows are checked later, one by one.
/// </summary>
public static class ExtractHeaderCheck
{
    public static ExtractHeaderResult Check(Stream body)
    {
        body.Position = 0;
        using var reader = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        try
        {
            var header = ReadRecord(reader);
            if (header is null || header.All(string.IsNullOrWhiteSpace))
            {
                return ExtractHeaderResult.Reject(Issue.Error("required", "line 1", "The extract is empty: a header row and at least one data row are required."));
            }

            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var missing = ExtractColumns.Required.Where(r => !columns.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                return ExtractHeaderResult.Reject(
                    [.. missing.Select(m => Issue.Error("required", $"line 1 column {m}", $"Required column '{m}' is missing from the header."))]);
            }

            if (!HasDataRow(reader))
            {
                return ExtractHeaderResult.Reject(Issue.Error("required", "line 2", "The extract has a header but no data rows."));
            }

            return ExtractHeaderResult.Ok(columns);
        }
        finally
        {
            body.Position = 0;
        }
    }

    private static bool HasDataRow(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One RFC 4180 record; quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string>? ReadRecord(StreamReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                fields.Add(field.ToString());
                return fields;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(ch);
            }
        }
    }
}
