using System.Diagnostics;
using IntegrationHub.Cli.Trace;
using IntegrationHub.Domain.Telemetry;
using IntegrationHub.Functions.Telemetry;

namespace IntegrationHub.Functions.Tests.Cli;

/// <summary>
/// <c>./hub trace</c> reads what the worker's local exporter writes: spans made with the hub's own ActivitySource and
/// written by <see cref="SpanFileExporter"/>, described in order with their timings and the SDK calls under them.
/// </summary>
public sealed class TraceCommandTests
{
    [Fact]
    public void Describe_FollowsTheSubmissionsTraceInOrder_WithTheCallsUnderEachStep()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == HubTelemetry.SourceName || s.Name == "Azure.Cosmos.Operation",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var cosmos = new ActivitySource("Azure.Cosmos.Operation");
        var lines = new List<string>();
        string traceParent;
        using (var accept = HubTelemetry.Source.StartActivity(HubSpans.Accept)!)
        {
            accept.SetTag(HubTags.SubmissionId, "s-1").SetTag(HubTags.Org, "S08000031");
            traceParent = HubTelemetry.CurrentTraceParent()!;
            using (var call = cosmos.StartActivity("create_item submissions")!)
            {
                call.Stop();
                lines.Add(SpanFileExporter.Line(call));
            }

            accept.Stop();
            lines.Add(SpanFileExporter.Line(accept));
        }

        using (var process = HubTelemetry.StartFromMessage(HubSpans.Process, traceParent)!)
        {
            process.SetTag(HubTags.SubmissionId, "s-1").SetTag(HubTags.Outcome, "completed");
            process.Stop();
            lines.Add(SpanFileExporter.Line(process));
        }

        using (var other = HubTelemetry.Source.StartActivity(HubSpans.Accept)!)
        {
            other.SetTag(HubTags.SubmissionId, "s-2");
            other.Stop();
            lines.Add(SpanFileExporter.Line(other));
        }

        var text = TraceCommand.Describe([.. lines.Select(TraceSpan.Parse)], "s-1");

        Assert.NotNull(text);
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.Contains("2 steps", rows[0], StringComparison.Ordinal);
        Assert.Contains("hub.accept", rows[1], StringComparison.Ordinal);
        Assert.Contains("org=S08000031", rows[1], StringComparison.Ordinal);
        Assert.Contains("[cosmos 1 (", rows[1], StringComparison.Ordinal);
        Assert.Contains("hub.process", rows[2], StringComparison.Ordinal);
        Assert.Contains("outcome=completed", rows[2], StringComparison.Ordinal);
        Assert.Null(TraceCommand.Describe([.. lines.Select(TraceSpan.Parse)], "s-unknown"));
    }
}
