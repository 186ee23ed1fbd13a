using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// Social care processing as it stands: counts the extract's data rows and finishes the submission. Nothing is
/// linked or stored yet; the social care extracts issue replaces it with the real row processor.
/// </summary>
public sealed class ExtractRowCounter : ISubmissionProcessor
{
    public SubmissionKind Kind => SubmissionKind.SocialCare;

    public async Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken)
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

        return new ProcessingOutcome(SubmissionCounts.None with { Entries = Math.Max(rows, 0) }, []);
    }
}
