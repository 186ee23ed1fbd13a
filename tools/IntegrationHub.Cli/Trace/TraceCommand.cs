using System.Globalization;
using System.Text;
using IntegrationHub.Domain.Telemetry;

namespace IntegrationHub.Cli.Trace;

/// <summary>
/// <c>./hub trace SUBMISSION_ID</c>: the submission's path through the hub (accept, processing, each person's
/// projection, each publication) with when each began after the accept and how long it took, and the Cosmos and
/// Storage calls under each, read from the spans the worker writes under <c>.hub/telemetry</c> when <c>./hub up</c> runs it.
/// </summary>
public static class TraceCommand
{
    public static int Run(CommandLine args, TextWriter output, TextWriter error)
    {
        var submissionId = args.Require("submission");
        var file = args.Require("spans");
        if (!File.Exists(file))
        {
            error.WriteLine($"hub: no spans at {file}: run the app with ./hub up (it exports them there)");
            return 1;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var spans = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TraceSpan.Parse).ToList();
        var text = Describe(spans, submissionId);
        if (text is null)
        {
            error.WriteLine($"hub: submission {submissionId} is not among the {spans.Count} spans of {file}");
            return 1;
        }

        output.Write(text);
        return 0;
    }

    /// <summary>The submission's trace as text, or null when no span names the submission.</summary>
    public static string? Describe(IReadOnlyList<TraceSpan> spans, string submissionId)
    {
        var named = spans.Where(s => s.Source == HubTelemetry.SourceName && s.Attributes.GetValueOrDefault(HubTags.SubmissionId) == submissionId).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var traceId in named.Select(s => s.TraceId).Distinct(StringComparer.Ordinal))
        {
            var trace = spans.Where(s => s.TraceId == traceId).ToList();
            var hub = trace.Where(s => s.Source == HubTelemetry.SourceName).OrderBy(s => s.Start).ToList();
            var origin = hub[0].Start;
            var end = hub.Max(s => s.Start.AddMilliseconds(s.DurationMs));
            text.AppendLine(CultureInfo.InvariantCulture, $"submission {submissionId}  trace {traceId}  {hub.Count} steps  {(end - origin).TotalMilliseconds:0} ms from accept to the last step");
            foreach (var span in hub)
            {
                var calls = Below(trace, span).ToList();
                text.Append(CultureInfo.InvariantCulture, $"  +{(span.Start - origin).TotalMilliseconds,8:0} ms  {span.DurationMs,8:0} ms  {span.Name,-12}")
                    .Append(' ').Append(string.Join(' ', span.Attributes.Where(a => a.Key != HubTags.SubmissionId).Select(a => $"{Short(a.Key)}={a.Value}")))
                    .AppendLine(calls.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"  [{Calls(calls)}]"));
            }
        }

        return text.ToString();
    }

    /// <summary>The SDK calls made directly under a step, grouped: "cosmos 12 (340 ms), blob 1 (73 ms)".</summary>
    private static IEnumerable<TraceSpan> Below(IReadOnlyList<TraceSpan> trace, TraceSpan step) =>
        trace.Where(s => s.ParentSpanId == step.SpanId && s.Source != HubTelemetry.SourceName && s.Source.StartsWith("Azure.", StringComparison.Ordinal));

    private static string Calls(IEnumerable<TraceSpan> calls) =>
        string.Join(", ", calls.GroupBy(c => Dependency(c.Source)).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()} ({g.Sum(c => c.DurationMs):0} ms)")));

    private static string Dependency(string source) =>
        source.StartsWith("Azure.Cosmos", StringComparison.Ordinal) ? "cosmos"
        : source.StartsWith("Azure.Storage.Blobs", StringComparison.Ordinal) ? "blob"
        : source.StartsWith("Azure.Storage.Queues", StringComparison.Ordinal) ? "queue"
        : source.StartsWith("Azure.Messaging.ServiceBus", StringComparison.Ordinal) ? "servicebus"
        : source;

    private static string Short(string key) => key.StartsWith("hub.", StringComparison.Ordinal) ? key["hub.".Length..] : key;
}
