using System.Diagnostics;

namespace IntegrationHub.Domain.Telemetry;

/// <summary>
/// The log scope of a submission's run: its id and its trace id, on every line written inside it. The trace id has a
/// name of its own because the Functions worker's invocation scope already holds a <c>TraceId</c> (the invocation's trace).
/// </summary>
public static class RunScope
{
    public const string SubmissionId = "SubmissionId";
    public const string TraceId = "SubmissionTraceId";

    public static IReadOnlyDictionary<string, object?> For(string submissionId) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        [SubmissionId] = submissionId,
        [TraceId] = Activity.Current?.TraceId.ToHexString(),
    };
}
