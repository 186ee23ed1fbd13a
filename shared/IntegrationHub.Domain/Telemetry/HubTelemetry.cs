using System.Diagnostics;

namespace IntegrationHub.Domain.Telemetry;

/// <summary>
/// The hub's spans: one per accept, processing run, projection and publication. Queue messages and the event outbox
/// carry the W3C <c>traceparent</c> of the span that wrote them, so a submission's spans form one trace from accept to
/// feed. Attributes are ids, counts and outcomes only (<see cref="HubTags"/>): never a name, CHI, birth date or postcode.
/// </summary>
public static class HubTelemetry
{
    public const string SourceName = "IntegrationHub";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The current span's <c>traceparent</c>, for the message or record about to be written; null without one.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>A span for work a message asked for: a child of the span that wrote the message (so the trace goes on),
    /// linked to the span the work runs under (the Functions invocation), which belongs to another trace.</summary>
    public static Activity? StartFromMessage(string name, string? traceParent)
    {
        var here = Activity.Current;
        IEnumerable<ActivityLink>? links = here is null ? null : [new ActivityLink(here.Context)];
        return traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, ActivityKind.Consumer, parent, links: links)
            : Source.StartActivity(name, ActivityKind.Consumer);
    }
}
