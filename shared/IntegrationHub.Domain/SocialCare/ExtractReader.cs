using System.Text;
using CsvHelper;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// Reads an extract one record at a time (CsvHelper, UTF-8 with or without BOM, LF or CRLF), so a 64 MiB file
/// never sits whole in memory. A record that breaks the quoting rules or has a different number of fields from
/// the header is returned with a <see cref="Problem"/> instead of being guessed at.
/// </summary>
public sealed class ExtractReader : IAsyncDisposable, IDisposable
{
    /// <summary>Stops an unclosed quote from swallowing the rest of a large file into one field.</summary>
    private const int MaxRecordBytes = 256 * 1024;

    private readonly CsvReader csv;
    private readonly Dictionary<long, CsvMalformedReason> malformed = [];
    private int headerFieldCount;
    private bool finished;

    private ExtractReader(Stream body)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MaxRecordSize = MaxRecordBytes,
            IncludeValuesInExceptions = false,
            Encoding = new UTF8Encoding(false),
            OnMalformedRecord = record => malformed[record.LineNumber] = record.Reason,
        };
        csv = CsvReader.Create(body, options, leaveOpen: true);
    }

    public ExtractHeader Header { get; private set; } = ExtractHeader.Analyse([]);

    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    /// <summary>Why the current record cannot be read as a row, or null when it can.</summary>
    public Issue? Problem { get; private set; }

    public static async Task<ExtractReader> OpenAsync(Stream body, CancellationToken cancellationToken)
    {
        var reader = new ExtractReader(body);
        await reader.csv.ReadHeaderAsync(cancellationToken);
        reader.SetHeader();
        return reader;
    }

    /// <summary>Synchronous open for the accept-time header check of a spooled body.</summary>
    public static ExtractReader Open(Stream body)
    {
        var reader = new ExtractReader(body);
        reader.csv.ReadHeader();
        reader.SetHeader();
        return reader;
    }

    public async Task<bool> NextAsync(CancellationToken cancellationToken)
    {
        if (finished)
        {
            return false;
        }

        try
        {
            return Arrived(await csv.ReadAsync(cancellationToken));
        }
        catch (CsvFormatException ex)
        {
            return Unreadable(ex);
        }
    }

    /// <summary>Synchronous <see cref="NextAsync"/> for a body already spooled locally.</summary>
    public bool Next()
    {
        if (finished)
        {
            return false;
        }

        try
        {
            return Arrived(csv.Read());
        }
        catch (CsvFormatException ex)
        {
            return Unreadable(ex);
        }
    }

    /// <summary>The trimmed value of a known column in the current record; null when empty or absent.</summary>
    public string? Field(string column)
    {
        var index = Header.IndexOf(column);
        if (index < 0 || index >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetString(index);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public ValueTask DisposeAsync() => csv.DisposeAsync();

    public void Dispose() => csv.Dispose();

    private void SetHeader()
    {
        headerFieldCount = csv.Headers.Count;
        Header = ExtractHeader.Analyse([.. csv.Headers]);
    }

    private bool Arrived(bool read)
    {
        if (!read)
        {
            finished = true;
            return false;
        }

        Line = (int)csv.LineNumber;
        Problem = Describe();
        return true;
    }

    private bool Unreadable(CsvFormatException ex)
    {
        // Nothing after this point can be split into records with any confidence: report it and stop.
        finished = true;
        Line = (int)Math.Max(ex.LineNumber, Line + 1);
        Problem = Issue.Error("structure", $"line {Line}", "The file cannot be read from this line on (a quote that is never closed, or a record over 256 KiB); this row and any after it are not processed.");
        return true;
    }

    private Issue? Describe()
    {
        if (malformed.Remove(Line, out var reason))
        {
            return Issue.Error("structure", $"line {Line}", $"The row breaks the CSV quoting rules ({reason}); it is not processed.");
        }

        return csv.FieldCount == headerFieldCount
            ? null
            : Issue.Error("structure", $"line {Line}", $"The row has {csv.FieldCount} fields but the header has {headerFieldCount}; its values cannot be matched to columns, so it is not processed.");
    }
}
