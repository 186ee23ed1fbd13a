using IntegrationHub.Cli.Trace;
using System.Text;
using System.Text.RegularExpressions;
using IntegrationHub.Domain.Telemetry;
using IntegrationHub.IntegrationTests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>
/// One trace per submission, from accept through processing to each person's projection, exported by the real worker
/// (spans from the worker's OpenTelemetry pipeline, written by its local exporter), with the Cosmos and Storage calls
/// as child spans, and no identifiable value from the input in any attribute of any span of the run.
/// </summary>
public sealed class OneTraceTests(TelemetryHub hub, ITestOutputHelper output) : IClassFixture<TelemetryHub>
{
    private static readonly string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    [Fact]
    public async Task FhirBundle_IsOneTraceFromAcceptToProjection_WithNothingIdentifiable()
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "full-bundle.json"));
        var matched = Fhir.Bundle(3);

        var id = await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(fixture));
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(matched));

        var trace = await TraceOfAsync(id, published: true);
        AssertOneTrace(trace, id, "fhir", TelemetryHub.Board, entries: 7);
        AssertNothingIdentifiable(IdentifiableInFhir(fixture).Concat(IdentifiableInFhir(matched)));
    }

    [Fact]
    public async Task Extract_IsOneTraceFromAcceptToProjection_WithNothingIdentifiable()
    {
        var client = Guid.NewGuid().ToString("N")[..10];
        var chi = TestChi.For(new DateOnly(1941, 2, 3), female: true);
        string[] rows =
        [
            $"260,{client}-1,2025Q1,{chi},Isla,Mackay,1941-02-03,2,G31 2AB,,HC,2,2025-04-10,,30.5,1,,,",
            $"260,{client}-1,2025Q2,{chi},Isla,Mackay,1941-02-03,2,G31 2AB,,AT,2,2025-05-01,,,,,,",
            $"260,{client}-2,2025,,Angus,Reid,1938-12-24,1,G12 8QQ,2026-01-20,CH,3,2025-06-01,,,,Thistle House,G12 8QQ,1",
        ];
        var csv = Header + "\n" + string.Join("\n", rows) + "\n";

        var id = await hub.SubmitAsync(TelemetryHub.Glasgow, "/api/social-care/extracts", Fhir.Content(csv, "text/csv"));

        var trace = await TraceOfAsync(id, published: true);
        AssertOneTrace(trace, id, "social-care", TelemetryHub.Glasgow, entries: 3);
        AssertNothingIdentifiable([chi, "Isla", "Mackay", "1941-02-03", "19410203", "G31 2AB", "G312AB", "Angus", "Reid", "1938-12-24", "19381224", "G12 8QQ", "G128QQ", "Thistle House"]);
    }

    [Fact]
    public async Task ProcessingRun_LogsTheSubmissionAndTraceOnEveryLine_AndItsOutcomeOnce()
    {
        var id = await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(Fhir.Bundle(2)));
        var trace = await TraceOfAsync(id, published: false);
        var process = Assert.Single(trace, s => s.Name == HubSpans.Process);

        // The run: the processing span and every span under it, but not the projections it asked for.
        var run = new HashSet<string>(StringComparer.Ordinal) { process.SpanId };
        for (var grew = true; grew;)
        {
            grew = trace.Where(s => s.ParentSpanId is { } parent && run.Contains(parent) && s.Name != HubSpans.Project).Aggregate(false, (any, s) => run.Add(s.SpanId) || any);
        }

        const string Outcome = "Submission {SubmissionId} from {Org} {Status}: {Entries} entries, {Rejected} rejected";
        var logs = await Eventually.ReachAsync(
            () => Task.FromResult(hub.Logs()),
            l => l.Any(r => r.Template == Outcome && r.Attributes.GetValueOrDefault("SubmissionId") == id),
            TimeSpan.FromSeconds(30));
        var lines = logs.Where(r => r.SpanId is { } span && run.Contains(span)).ToList();
        output.WriteLine(string.Join('\n', lines.Select(l => $"{l.Level} {l.Category} {l.Template} {string.Join(' ', l.Scopes.Select(s => $"{s.Key}={s.Value}"))}")));

        Assert.True(lines.Count >= 1, $"{lines.Count} lines in the run");
        Assert.All(lines, l => Assert.Equal((id, process.TraceId), (l.Scopes.GetValueOrDefault(IntegrationHub.Domain.Telemetry.RunScope.SubmissionId), l.Scopes.GetValueOrDefault(IntegrationHub.Domain.Telemetry.RunScope.TraceId))));
        Assert.Single(logs, r => r.Template == Outcome && r.Attributes.GetValueOrDefault("SubmissionId") == id);
    }

    /// <summary>The spans of the submission's trace, once its projections have been exported.</summary>
    private async Task<IReadOnlyList<TraceSpan>> TraceOfAsync(string submissionId, bool published) =>
        await Eventually.ReachAsync(
            () =>
            {
                var spans = hub.Spans();
                var accept = spans.FirstOrDefault(s => s.Name == HubSpans.Accept && s[HubTags.SubmissionId] == submissionId);
                return Task.FromResult<IReadOnlyList<TraceSpan>>(accept is null ? [] : [.. spans.Where(s => s.TraceId == accept.TraceId)]);
            },
            trace => trace.Any(s => s.Name == HubSpans.Project && (!published || s[HubTags.Published] is not (null or "0"))),
            TimeSpan.FromSeconds(60));

    private void AssertOneTrace(IReadOnlyList<TraceSpan> trace, string submissionId, string kind, string org, int entries)
    {
        output.WriteLine(Describe(trace));
        var accept = Assert.Single(trace, s => s.Name == HubSpans.Accept);
        Assert.Equal((submissionId, org, kind, "accepted"), (accept[HubTags.SubmissionId], accept[HubTags.Org], accept[HubTags.Kind], accept[HubTags.Outcome]));

        var process = Assert.Single(trace, s => s.Name == HubSpans.Process);
        Assert.Equal(accept.SpanId, process.ParentSpanId);
        Assert.Equal((submissionId, org, kind, "completed", entries.ToString(System.Globalization.CultureInfo.InvariantCulture), "0"), (process[HubTags.SubmissionId], process[HubTags.Org], process[HubTags.Kind], process[HubTags.Outcome], process[HubTags.Entries], process[HubTags.Rejected]));

        var projections = trace.Where(s => s.Name == HubSpans.Project).ToList();
        Assert.NotEmpty(projections);
        Assert.All(projections, p => Assert.Equal(process.SpanId, p.ParentSpanId));

        // The SDK calls made while accepting and processing are children of those spans: Storage (landing, enqueue) and Cosmos.
        var sdkUnder = (TraceSpan parent) => trace.Where(s => s.ParentSpanId == parent.SpanId && s.Source.StartsWith("Azure.", StringComparison.Ordinal)).Select(s => s.Source).ToHashSet();
        Assert.Contains("Azure.Cosmos.Operation", sdkUnder(accept));
        Assert.Contains(sdkUnder(accept), s => s.StartsWith("Azure.Storage.Blobs", StringComparison.Ordinal));
        Assert.Contains(sdkUnder(accept), s => s.StartsWith("Azure.Storage.Queues", StringComparison.Ordinal));
        Assert.Contains("Azure.Cosmos.Operation", sdkUnder(process));
        Assert.Contains("Azure.Cosmos.Operation", sdkUnder(projections[0]));
    }

    /// <summary>No attribute of any span the worker exported (the hub's, the Functions worker's, the SDKs') holds an input's identifiable value.</summary>
    private void AssertNothingIdentifiable(IEnumerable<string> identifiable)
    {
        var spans = hub.Spans();
        Assert.NotEmpty(spans);
        var found = (
            from span in spans
            from attribute in span.Attributes
            from value in identifiable.Distinct()
            where attribute.Value is not null && Regex.IsMatch(attribute.Value, $@"(?<![A-Za-z0-9]){Regex.Escape(value)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase)
            select $"{span.Name} ({span.Source}) {attribute.Key} holds '{value}'").Distinct().ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>Every patient's names, identifier values, birth date (both spellings) and postcode (both spellings).</summary>
    private static IEnumerable<string> IdentifiableInFhir(string bundle)
    {
        using var json = System.Text.Json.JsonDocument.Parse(bundle);
        foreach (var entry in json.RootElement.GetProperty("entry").EnumerateArray())
        {
            var resource = entry.GetProperty("resource");
            if (resource.GetProperty("resourceType").GetString() != "Patient")
            {
                continue;
            }

            foreach (var name in resource.GetProperty("name").EnumerateArray())
            {
                yield return name.GetProperty("family").GetString()!;
                foreach (var given in name.GetProperty("given").EnumerateArray())
                {
                    yield return given.GetString()!;
                }
            }

            foreach (var identifier in resource.GetProperty("identifier").EnumerateArray())
            {
                yield return identifier.GetProperty("value").GetString()!;
            }

            var born = resource.GetProperty("birthDate").GetString()!;
            yield return born;
            yield return born.Replace("-", string.Empty, StringComparison.Ordinal);
            if (resource.TryGetProperty("address", out var addresses))
            {
                foreach (var postcode in addresses.EnumerateArray().Select(a => a.GetProperty("postalCode").GetString()!))
                {
                    yield return postcode;
                    yield return postcode.Replace(" ", string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }

    private static string Describe(IEnumerable<TraceSpan> trace)
    {
        var text = new StringBuilder();
        foreach (var span in trace.OrderBy(s => s.Start))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{span.Start:HH:mm:ss.fff} {span.DurationMs,9:0.0} ms {span.Source} {span.Name} {span.SpanId} <- {span.ParentSpanId} ")
                .AppendLine(string.Join(' ', span.Attributes.Select(a => $"{a.Key}={a.Value}")));
        }

        return text.ToString();
    }
}
