using System.Globalization;
using IntegrationHub.Domain.Telemetry;
using IntegrationHub.IntegrationTests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Telemetry;

/// <summary>
/// Each metric of README "Operating the hub", read from the real worker's export after a demo-like push: two boards'
/// worth of FHIR (a resend, a known CHI, a record the board already holds under another id), a council extract with
/// a bad row and a client the matcher links, and a body that fails. The projection is off, so the changes wait on the
/// <c>project</c> queue and its backlog and lag are not zero.
/// </summary>
public sealed class HubMetricsTests(BacklogTelemetryHub hub, ITestOutputHelper output) : IClassFixture<BacklogTelemetryHub>
{
    private const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";

    [Fact]
    public async Task DemoPush_IsReadBackFromEveryMetric()
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "full-bundle.json"));
        var marker = Guid.NewGuid().ToString("N");
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(fixture));
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(Fhir.Bundle(3, marker)));
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(Fhir.Bundle(3, marker)));
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(MhairiBundle($$"""{"system":"{{ChiSystem}}","value":"0101501242"}""")));
        var client = Guid.NewGuid().ToString("N")[..10];
        await hub.SubmitAsync(TelemetryHub.Glasgow, "/api/social-care/extracts", Fhir.Content(
            $"{Header}\n260,{client}-1,2025Q3,,Mhairi,MacDonald,1950-01-01,2,G31 2AB,,AT,1,2025-07-01,,,,,,\n260,{client}-2,2025Q5,,A,B,1960-01-01,1,,,SDS,2,2025-10-01,,,,,,\n",
            "text/csv"), expected: "completed-with-errors");
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content(MhairiBundle("""{"system":"https://fhir.nhs.scot/S08000031/patient-id","value":"GG9999"}""")));
        await hub.SubmitAsync(TelemetryHub.Board, "/api/fhir", Fhir.Content("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"\\ud800x\":1,\"entry\":[]}"), expected: "failed");

        var metrics = await Eventually.ReachAsync(
            () => Task.FromResult(hub.Metrics()),
            m => Value(m, "hub.submissions.failed", (HubTags.Org, TelemetryHub.Board)) >= 1 && Value(m, "hub.queue.backlog", (HubMetricTags.Queue, "project")) > 0 && Value(m, "hub.projection.lag") > 0,
            TimeSpan.FromSeconds(60));
        foreach (var metric in metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{metric.Key} value={metric.Value} count={metric.Count} sum={metric.Sum}"));
        }

        var board = (HubTags.Org, TelemetryHub.Board);
        var council = (HubTags.Org, TelemetryHub.Glasgow);
        Assert.Equal(6, Value(metrics, "hub.submissions.accepted", board, (HubTags.Kind, "fhir")));
        Assert.Equal(1, Value(metrics, "hub.submissions.accepted", council, (HubTags.Kind, "social-care")));
        Assert.Equal(5, Value(metrics, "hub.submissions.completed", board, (HubMetricTags.Status, "completed")));
        Assert.Equal(1, Value(metrics, "hub.submissions.completed", council, (HubMetricTags.Status, "completed-with-errors")));
        Assert.Equal(1, Value(metrics, "hub.submissions.failed", board, (HubTags.Kind, "fhir")));
        Assert.Equal(7 + 3 + 3 + 1 + 1, Value(metrics, "hub.entries.processed", board));
        Assert.Equal((2, 1), (Value(metrics, "hub.entries.processed", council), Value(metrics, "hub.entries.rejected", council)));
        Assert.Equal(0, Value(metrics, "hub.entries.rejected", board));

        // Mhairi and three new patients; the resend by the board's own ids; Mhairi again by CHI; Mhairi from the council
        // without a CHI (linked on demographics); Mhairi under another id of the same board (review).
        Assert.Equal(4, Value(metrics, "hub.linkage.outcomes", (HubMetricTags.LinkOutcome, "new-person")));
        Assert.Equal(3, Value(metrics, "hub.linkage.outcomes", (HubMetricTags.LinkOutcome, "sender-identifier")));
        Assert.Equal(1, Value(metrics, "hub.linkage.outcomes", (HubMetricTags.LinkOutcome, "chi")));
        Assert.Equal(1, Value(metrics, "hub.linkage.outcomes", (HubMetricTags.LinkOutcome, "review")));
        Assert.Equal(1, Value(metrics, "hub.linkage.outcomes", (HubMetricTags.LinkOutcome, "probabilistic-link")));

        var latency = Assert.Single(metrics, m => m.Name == "hub.submission.latency" && m[HubTags.Kind] == "fhir" && m[HubMetricTags.Status] == "completed");
        Assert.Equal(5, latency.Count);
        Assert.InRange(latency.Sum!.Value, 0.001, 5 * 120);

        var charges = metrics.Where(m => m.Name == "hub.cosmos.request_charge").ToList();
        Assert.Contains(charges, m => m[HubMetricTags.Operation] == "create" && m[HubMetricTags.Container] == "submissions" && m.Count >= 7);
        Assert.Contains(charges, m => m[HubMetricTags.Operation] == "query" && m[HubMetricTags.Container] == "blocks" && m.Count > 0);
        Assert.Contains(charges, m => m[HubMetricTags.Operation] == "read" && m[HubMetricTags.Container] == "identifiers" && m.Count > 0);

        foreach (var queue in new[] { "ingest", "ingest-poison", "project", "project-poison", "activity-events", "activity-events-poison" })
        {
            Assert.Contains(metrics, m => m.Name == "hub.queue.backlog" && m[HubMetricTags.Queue] == queue);
            Assert.Contains(metrics, m => m.Name == "hub.queue.oldest_age" && m[HubMetricTags.Queue] == queue);
        }

        Assert.Equal(0, Value(metrics, "hub.queue.backlog", (HubMetricTags.Queue, "ingest-poison")));
        Assert.True(Value(metrics, "hub.queue.oldest_age", (HubMetricTags.Queue, "project")) > 0);
    }

    /// <summary>The sum of a metric's points (or its value) over those with every given attribute.</summary>
    private static double Value(IEnumerable<ExportedMetric> metrics, string name, params (string Key, string Value)[] where) =>
        metrics.Where(m => m.Name == name && where.All(w => m[w.Key] == w.Value)).Sum(m => m.Value ?? 0);

    private static string MhairiBundle(string identifier) => $$$"""
        {"resourceType":"Bundle","type":"batch","entry":[{"fullUrl":"urn:uuid:{{{Guid.NewGuid()}}}","resource":{"resourceType":"Patient","id":"m-{{{Guid.NewGuid():N}}}",
         "identifier":[{{{identifier}}}],"name":[{"family":"MacDonald","given":["Mhairi"]}],"gender":"female","birthDate":"1950-01-01",
         "address":[{"postalCode":"G31 2AB","district":"S12000049"}]},"request":{"method":"PUT","url":"Patient/m"}}]}
        """;
}
