using System.Globalization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Quality;
using IntegrationHub.Domain.Reference;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Quality;

/// <summary>
/// Data quality per sender and month (CONTRACT §5): Admin sees every board and council; an analyst sees the senders
/// whose data reaches the IAs its token names (each IA's councils and the boards serving it).
/// </summary>
[Authorize(Policy = HubPolicies.Analyst)]
public sealed class QualityFunction(QualityReport report)
{
    [Function("GetQuality")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "quality")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var from = request.Query["from"].ToString();
        var to = request.Query["to"].ToString();
        if (Month(from) is not { } first)
        {
            return ErrorShape.For(context, 400, "A query parameter is not valid.", Issue.Error("value", "from", $"from must be YYYY-MM, not '{from}'."));
        }

        if (Month(to) is not { } last || last < first || last > first.AddMonths(35))
        {
            return ErrorShape.For(context, 400, "A query parameter is not valid.", Issue.Error("value", "to", $"to must be YYYY-MM, not before from and at most 36 months on (got '{to}')."));
        }

        var user = context.User;
        var senders = user.IsAdmin() ? null : QualityScope.SendersOf(ReferenceData.Scotland, user.Ias());
        var months = await report.ReportAsync(first, last, senders, cancellationToken);
        return Results.Json(new
        {
            from,
            to,
            senders = months.GroupBy(m => m.Org, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new
            {
                org = g.Key,
                name = ReferenceData.Scotland.BoardByCode(g.Key)?.Name ?? ReferenceData.Scotland.CouncilByCode(g.Key)?.Name,
                kind = HubPrincipal.IsBoard(g.Key) ? "board" : HubPrincipal.IsCouncil(g.Key) ? "council" : "other",
                months = g.OrderBy(m => m.Month, StringComparer.Ordinal).Select(m => new
                {
                    month = m.Month,
                    submissions = m.Submissions,
                    entries = m.Entries,
                    rejectedPct = m.RejectedPct,
                    issues = m.IssuesByCode,
                    personRecords = m.PersonRecords,
                    chiPresentPct = m.ChiPresentPct,
                    chiValidPct = m.ChiValidPct,
                    postcodePresentPct = m.PostcodePresentPct,
                    acceptToCompletedMinutes = new { median = m.MedianMinutesToComplete, p90 = m.P90MinutesToComplete },
                }),
            }),
        });
    }

    private static DateOnly? Month(string text) =>
        text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : null;
}
