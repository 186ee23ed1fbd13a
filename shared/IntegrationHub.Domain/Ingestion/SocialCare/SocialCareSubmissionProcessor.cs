using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.SocialCare;
using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Ingestion.SocialCare;

/// <summary>
/// A landed social care extract into people and activities (CONTRACT §2.2). The file is read as a stream and
/// written in chunks of rows, each chunk's clients in parallel, so memory stays flat whatever the file's size.
/// </summary>
public sealed class SocialCareSubmissionProcessor(SocialCareClientWriter writer, ProjectionOutbox outbox, ILogger<SocialCareSubmissionProcessor> logger) : ISubmissionProcessor
{
    private const int ChunkRows = 5000;
    private const int Parallelism = 16;

    public SubmissionKind Kind => SubmissionKind.SocialCare;

    public async Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken)
    {
        await using var reader = await ExtractReader.OpenAsync(body, cancellationToken);
        if (reader.Header.HasMissingColumns)
        {
            return new ProcessingOutcome(SubmissionCounts.None, reader.Header.Issues, Failed: true);
        }

        var run = new SocialCareRun();
        run.AddIssues(reader.Header.Issues);
        var chunk = new List<ExtractRow>(ChunkRows);
        var rowIssues = new List<Issue>();
        while (await reader.NextAsync(cancellationToken))
        {
            rowIssues.Clear();
            run.Identifiers.Add([reader.Field(ExtractColumns.Chi)], reader.Field(ExtractColumns.Postcode));
            var row = reader.Problem is { } problem
                ? Reject(problem, rowIssues)
                : ExtractRowRules.Apply(reader.Line, reader.Field, submission.Org, rowIssues);
            run.AddRow(row is not null, rowIssues);
            if (row is not null)
            {
                chunk.Add(row);
            }

            if (chunk.Count >= ChunkRows)
            {
                await WriteChunkAsync(chunk, submission, run, cancellationToken);
                chunk.Clear();
            }
        }

        await WriteChunkAsync(chunk, submission, run, cancellationToken);
        return run.Outcome();
    }

    private static ExtractRow? Reject(Issue problem, List<Issue> issues)
    {
        issues.Add(problem);
        return null;
    }

    private async Task WriteChunkAsync(List<ExtractRow> chunk, Submission submission, SocialCareRun run, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var clients = chunk.GroupBy(r => (r.Council.Code, r.SocialCareId)).Select(g => (IReadOnlyList<ExtractRow>)[.. g]);
        var people = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            clients,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (rows, ct) => people.Add(await writer.WriteAsync(rows, submission, run, ct)));
        await outbox.EnqueueAsync(people, cancellationToken);
        logger.LogInformation("Submission {SubmissionId}: {Rows} rows read and written", submission.Id, run.Entries);
    }
}
