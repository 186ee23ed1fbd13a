namespace IntegrationHub.Domain.Submissions;

/// <param name="Body">The whole body, already read and measured by the edge; seekable.</param>
public sealed record AcceptSubmissionCommand(
    string Org,
    SubmissionKind Kind,
    string? IdempotencyKey,
    string ContentType,
    Stream Body,
    string BodySha256,
    long BodyLength);
