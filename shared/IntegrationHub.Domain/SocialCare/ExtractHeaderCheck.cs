using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// The accept-time check of an extract: reads the header and looks for one data row, so a 64 MiB file is refused
/// or accepted without being parsed. Rows are checked later, one by one, by the processor.
/// </summary>
public static class ExtractHeaderCheck
{
    public static ExtractHeaderResult Check(Stream body)
    {
        body.Position = 0;
        try
        {
            using var reader = ExtractReader.Open(body);
            var header = reader.Header;
            if (header.Columns.Count == 0 && !header.Issues.Any(i => i.Severity == IssueSeverity.Warning))
            {
                return ExtractHeaderResult.Reject(Issue.Error("required", "line 1", "The extract is empty: a header row and at least one data row are required."));
            }

            if (header.HasMissingColumns)
            {
                return ExtractHeaderResult.Reject([.. header.Issues.Where(i => i.Severity == IssueSeverity.Error)]);
            }

            if (!reader.Next())
            {
                return ExtractHeaderResult.Reject(Issue.Error("required", "line 2", "The extract has a header but no data rows."));
            }

            return ExtractHeaderResult.Ok([.. header.Columns]);
        }
        finally
        {
            body.Position = 0;
        }
    }
}
