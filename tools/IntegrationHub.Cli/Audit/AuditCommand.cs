using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Audit;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Cli.Audit;

/// <summary>
/// <c>./hub audit --person ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]</c>: who saw or changed a person's records, read
/// through the Admin route <c>GET /api/audit</c> in windows of at most <see cref="AuditDays.MaxRangeDays"/> days (the
/// route's cap). Locally it mints an Admin development token; against Azure pass <c>--token</c> (an Entra ID Admin token).
/// </summary>
public static class AuditCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var target = args.Get("person") ?? args.Require("target");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var to = Day(args, "to") ?? today;
        var from = Day(args, "from") ?? to.AddDays(1 - AuditDays.MaxRangeDays);
        if (to < from)
        {
            throw new ArgumentException("--to must not be before --from");
        }

        using var client = new HttpClient { BaseAddress = new Uri(args.Require("url")), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args.Get("token") ?? OperatorToken(args));
        var count = 0;
        for (var start = from; start <= to; start = start.AddDays(AuditDays.MaxRangeDays))
        {
            var end = Min(start.AddDays(AuditDays.MaxRangeDays - 1), to);
            using var response = await client.GetAsync($"/api/audit?from={AuditDays.Of(start)}&to={AuditDays.Of(end)}&target={Uri.EscapeDataString(target)}", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"hub: GET /api/audit answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return 1;
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            foreach (var record in answer.GetProperty("items").EnumerateArray())
            {
                Console.WriteLine(Line(record));
                count++;
            }
        }

        Console.WriteLine($"{count} record(s) naming {target} from {AuditDays.Of(from)} to {AuditDays.Of(to)}");
        return 0;
    }

    private static string OperatorToken(CommandLine args) =>
        DevelopmentTokens.Issue(args.Require("key"), TimeProvider.System.GetUtcNow(), HubClaims.Admin, subject: args.Get("sub") ?? "operator", lifetime: TimeSpan.FromMinutes(10));

    private static string Line(JsonElement record)
    {
        var actor = record.GetProperty("actor");
        var who = actor.GetProperty("subject").GetString() ?? "(no valid token)";
        if (actor.GetProperty("name").GetString() is { } name)
        {
            who += $" ({name})";
        }

        var roles = string.Join(",", actor.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        return string.Join(
            '\t',
            record.GetProperty("time").GetString(),
            who,
            roles,
            record.GetProperty("action").GetString(),
            $"{record.GetProperty("targetKind").GetString()}:{record.GetProperty("target").GetString()}",
            record.GetProperty("result").GetString(),
            record.GetProperty("clientAddress").GetString() ?? "-",
            record.GetProperty("traceId").GetString() ?? "-");
    }

    private static DateOnly? Day(CommandLine args, string name) =>
        args.Get(name) is not { } text ? null
        : AuditDays.TryParse(text, out var day) ? day
        : throw new ArgumentException($"--{name} must be a day, YYYY-MM-DD");

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
