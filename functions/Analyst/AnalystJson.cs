using System.Globalization;
using System.Text.Json;
using IntegrationHub.Domain.Indicators;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Functions.Analyst;

/// <summary>The analyst routes' bodies: contract Activity JSON (one writer for pages, NDJSON and files), manifests, indicators.</summary>
public static class AnalystJson
{
    public const string NdjsonType = "application/x-ndjson";
    private const int FlushEvery = 200;

    public static bool WantsNdjson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(NdjsonType, StringComparison.OrdinalIgnoreCase));

    public static async Task WritePageAsync(HttpResponse response, ActivityPage page, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteStartArray("items");
        foreach (var activity in page.Items)
        {
            ActivityJson.Write(json, activity, FeedEntry.Upsert);
        }

        json.WriteEndArray();
        json.WriteString("continuation", page.Continuation);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    public static Task WriteNdjsonAsync(HttpResponse response, IAsyncEnumerable<IaActivity> activities, CancellationToken cancellationToken) =>
        WriteLinesAsync(response, activities, a => ActivityJson.Line(json => ActivityJson.Write(json, a, FeedEntry.Upsert)), cancellationToken);

    public static Task WriteFeedAsync(HttpResponse response, IAsyncEnumerable<FeedEntry> entries, CancellationToken cancellationToken) =>
        WriteLinesAsync(response, entries, e => ActivityJson.Line(json => ActivityJson.Write(json, e)), cancellationToken);

    public static async Task WriteTimelineAsync(HttpResponse response, string ia, string anonId, IReadOnlyList<IaActivity> timeline, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteString("anonId", anonId);
        json.WriteString("ia", ia);
        json.WriteString("sex", timeline[0].Sex);
        json.WriteStartArray("activities");
        foreach (var activity in timeline)
        {
            ActivityJson.Write(json, activity, FeedEntry.Upsert);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>A FHIR Bulk Data style manifest of the IA's daily files.</summary>
    public static object Manifest(string ia, FeedManifest? manifest) => new
    {
        transactionTime = manifest?.TransactionTime,
        request = $"/api/ia/{ia}/feed",
        requiresAccessToken = true,
        output = (manifest?.Files ?? []).Select(f => new
        {
            type = "Activity",
            url = $"/api/ia/{ia}/feed/files/{f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.ndjson",
            count = f.Count,
        }),
        error = Array.Empty<object>(),
    };

    public static object Indicators(string ia, DateOnly asOf, IReadOnlyList<MonthIndicators> months) => new
    {
        ia,
        asOf = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        months = months.Select(m => new Dictionary<string, object?>
        {
            ["month"] = m.Month,
            ["emergencyAdmissions"] = m.EmergencyAdmissions,
            ["unscheduledBedDays"] = m.UnscheduledBedDays,
            ["aeAttendances"] = m.AeAttendances,
            ["delayedDischargeBedDays"] = new Dictionary<string, object>(m.DelayedDischargeBedDays.Select(b => KeyValuePair.Create(b.Key, (object)b.Value))) { ["byReason"] = m.DelayedDischargeBedDaysByReason },
            ["homeCareClients"] = m.HomeCareClients,
            ["homeCareHours"] = m.HomeCareHours,
            ["careHomeResidents"] = m.CareHomeResidents,
            ["sdsClients"] = m.SdsClients,
            ["alarmTelecareClients"] = m.AlarmTelecareClients,
            ["deaths"] = m.Deaths,
            ["lastSixMonthsInCommunityPct"] = m.LastSixMonthsInCommunityPct,
        }),
    };

    private static async Task WriteLinesAsync<T>(HttpResponse response, IAsyncEnumerable<T> items, Func<T, byte[]> line, CancellationToken cancellationToken)
    {
        response.ContentType = NdjsonType;
        var written = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await response.Body.WriteAsync(line(item), cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await response.Body.FlushAsync(cancellationToken);
            }
        }
    }
}
