using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.SocialCare;

public sealed record ExtractHeaderResult(IReadOnlyList<Issue> Problems, IReadOnlyList<string> Columns)
{
    public bool Accepted => Problems.Count == 0;

    public static ExtractHeaderResult Ok(IReadOnlyList<string> columns) => new([], columns);

    public static ExtractHeaderResult Reject(params Issue[] problems) => new(problems, []);
}
