using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using IntegrationHub.Domain.Reference;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// The end of <c>./hub demo</c>: once the projection queue is drained, each IA's indicators for the months the
/// demo pushed, read through the analyst API with an Analyst token for those IAs (the "all" age band).
/// </summary>
public static class DemoIndicators
{
    private static readonly (string Field, string Heading)[] Columns =
    [
        ("emergencyAdmissions", "emAdm"), ("unscheduledBedDays", "unschBD"), ("aeAttendances", "A&E"), ("delayedDischargeBedDays", "ddBD"),
        ("homeCareClients", "HC"), ("homeCareHours", "HC hrs"), ("careHomeResidents", "CH"), ("sdsClients", "SDS"), ("alarmTelecareClients", "AT"),
        ("deaths", "deaths"), ("lastSixMonthsInCommunityPct", "last6%"),
    ];

    public static async Task PrintAsync(HttpClient http, string key, string storageConnection, IEnumerable<string> councilCodes, string from, string to, CancellationToken cancellationToken)
    {
        await WaitForProjectionAsync(storageConnection, cancellationToken);
        var reference = ReferenceData.Scotland;
        var ias = councilCodes.Select(c => reference.CouncilByCode(c)!.IaCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var token = DevelopmentTokens.Issue(key, TimeProvider.System.GetUtcNow(), "Analyst", null, [.. ias]);
        foreach (var ia in ias)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/ia/{ia}/indicators?from={from}&to={to}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"{reference.Ia(ia)!.Name} ({ia}), as of {body.GetProperty("asOf").GetString()}, all ages");
            Console.WriteLine("  month   " + string.Concat(Columns.Select(c => c.Heading.PadLeft(8))));
            foreach (var month in body.GetProperty("months").EnumerateArray())
            {
                var cells = Columns.Select(c => month.GetProperty(c.Field).GetProperty("all") is { ValueKind: JsonValueKind.Null } ? "-" : month.GetProperty(c.Field).GetProperty("all").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture));
                Console.WriteLine("  " + month.GetProperty("month").GetString() + " " + string.Concat(cells.Select(c => c.PadLeft(8))));
            }
        }
    }

    /// <summary>Projection is asynchronous: wait until the project queue has been empty twice in a row.</summary>
    private static async Task WaitForProjectionAsync(string storageConnection, CancellationToken cancellationToken)
    {
        var queue = new QueueServiceClient(storageConnection, StorageClientSettings.Queues()).GetQueueClient(QueueNames.Project);
        var empty = 0;
        var waiting = 0;
        for (var i = 0; i < 600 && empty < 2; i++)
        {
            waiting = (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            empty = waiting == 0 ? empty + 1 : 0;
            await Task.Delay(500, cancellationToken);
        }

        if (empty < 2)
        {
            Console.WriteLine($"Projection has not caught up ({waiting} people still queued after 5 minutes): the indicators below are incomplete.");
        }
    }
}
