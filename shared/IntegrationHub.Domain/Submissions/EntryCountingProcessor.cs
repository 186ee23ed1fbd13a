using System.Text.Json;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// First processing step for both kinds: counts what was sent (bundle entries or CSV data rows) and finishes
/// the submission. The FHIR and social care processors replace it as they land; until then nothing is linked.
/// </summary>
public sealed class EntryCountingProcessor(SubmissionKind kind) : ISubmissionProcessor
{
    public SubmissionKind Kind { get; } = kind;

    public async Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken)
    {
        if (Kind == SubmissionKind.SocialCare)
        {
            return Counted(await CountCsvRowsAsync(body, cancellationToken));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            var entries = root.TryGetProperty("resourceType", out var type) && type.ValueEquals("Bundle")
                && root.TryGetProperty("entry", out var entry) && entry.ValueKind == JsonValueKind.Array
                ? entry.GetArrayLength()
                : 1;
            return Counted(entries);
        }
        catch (JsonException ex)
        {
            return new ProcessingOutcome(SubmissionCounts.None, [Issue.Error("structure", "Bundle", "The landed body is not JSON: " + ex.Message)], Failed: true);
        }
    }

    private static ProcessingOutcome Counted(int entries) =>
        new(SubmissionCounts.None with { Entries = entries }, []);

    private static async Task<int> CountCsvRowsAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var rows = -1;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                rows++;
            }
        }

        return Math.Max(rows, 0);
    }
}
