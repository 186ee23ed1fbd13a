using IntegrationHub.Domain.Audit;
using IntegrationHub.Domain.Common;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Audit;

/// <summary>
/// The audit trail for an information governance lead (Admin): who saw or changed what, day by day. Each day is one
/// partition read; the range is capped so one request cannot read the whole history.
/// </summary>
[Authorize(Policy = HubPolicies.Admin)]
public sealed class AuditFunctions(IAuditTrail trail)
{
    [Function("GetAudit")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var query = request.Query;
        if (!AuditDays.TryParse(query["from"].ToString(), out var from))
        {
            return Bad(context, "from", "from must be a day, YYYY-MM-DD.");
        }

        if (!AuditDays.TryParse(query["to"].ToString(), out var to))
        {
            return Bad(context, "to", "to must be a day, YYYY-MM-DD.");
        }

        if (to < from)
        {
            return Bad(context, "to", "to must not be before from.");
        }

        if (to.DayNumber - from.DayNumber + 1 > AuditDays.MaxRangeDays)
        {
            return Bad(context, "to", $"At most {AuditDays.MaxRangeDays} days can be read at once.");
        }

        var actor = Optional(query["actor"].ToString());
        var target = Optional(query["target"].ToString());
        var items = new List<AuditRecord>();
        foreach (var day in AuditDays.Range(from, to))
        {
            items.AddRange(await trail.ReadDayAsync(day, actor, target, cancellationToken));
        }

        return Results.Json(new { from = AuditDays.Of(from), to = AuditDays.Of(to), actor, target, items });
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static IResult Bad(HttpContext context, string parameter, string message) =>
        ErrorShape.For(context, 400, $"Bad parameter: {parameter}.", Issue.Error("invalid", parameter, message));
}
