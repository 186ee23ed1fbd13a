using System.Globalization;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Analyst;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;
using IntegrationHub.Functions.Edge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Analyst;

/// <summary>
/// The IA routes (CONTRACT §3): every one answers only for an IA named by the token's <c>ia</c> claims (403
/// otherwise, before anything is read), and everything they return is pseudonymised.
/// </summary>
[Authorize(Policy = HubPolicies.Analyst)]
[IaScoped]
public sealed class AnalystFunctions(AnalystQueries queries, IFeedFileStore files, TimeProvider time)
{
    private static readonly HashSet<string> Kinds = new(
        new[] { ActivityKind.InpatientAdmission, ActivityKind.DayCase, ActivityKind.AeAttendance, ActivityKind.Outpatient, ActivityKind.DelayedDischarge, ActivityKind.HomeCare, ActivityKind.CareHome, ActivityKind.AlarmTelecare, ActivityKind.Sds, ActivityKind.Death }.Select(k => k.Value),
        StringComparer.Ordinal);

    private static string Ia(HttpRequest request) => (string)request.RouteValues[IaScopedAttribute.RouteValue]!;

    private static string? Query(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    [Function("GetIaActivity")]
    public async Task<IResult> ActivityAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/activity")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var month = Query(request, "month");
        var kind = Query(request, "kind");
        var continuation = Query(request, "continuation");
        if (ParseMonth(month) is not { } first)
        {
            return BadParameter(context, "month", $"month must be YYYY-MM, not '{month}'.");
        }

        if (kind is not null && !Kinds.Contains(kind))
        {
            return BadParameter(context, "kind", $"'{kind}' is not an activity kind: use one of {string.Join(", ", Kinds.Order(StringComparer.Ordinal))}.");
        }

        if (AnalystJson.WantsNdjson(context.Request))
        {
            await AnalystJson.WriteNdjsonAsync(context.Response, queries.AllActivityAsync(ia, first, kind, cancellationToken), cancellationToken);
            return Results.Empty;
        }

        ActivityPage page;
        try
        {
            page = await queries.ActivityPageAsync(ia, first, kind, continuation, cancellationToken);
        }
        catch (FormatException)
        {
            return BadParameter(context, "continuation", "The continuation token is not one this route gave out.");
        }

        await AnalystJson.WritePageAsync(context.Response, page, cancellationToken);
        return Results.Empty;
    }

    [Function("GetIaPerson")]
    public async Task<IResult> PersonAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/people/{anonId}")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var anonId = (string)request.RouteValues["anonId"]!;
        var timeline = await queries.TimelineAsync(ia, anonId, cancellationToken);
        if (timeline is null)
        {
            return ErrorShape.For(context, 404, "No such person in this IA.", Issue.Error("not-found", "anonId", $"No activity of {anonId} in {ia}."));
        }

        await AnalystJson.WriteTimelineAsync(context.Response, ia, anonId, timeline, cancellationToken);
        return Results.Empty;
    }

    [Function("GetIaFeed")]
    public async Task<IResult> FeedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/feed")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var date = Query(request, "date");
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return BadParameter(context, "date", $"date must be YYYY-MM-DD, not '{date}'.");
        }

        await AnalystJson.WriteFeedAsync(context.Response, queries.FeedAsync(ia, day, cancellationToken), cancellationToken);
        return Results.Empty;
    }

    [Function("GetIaFeedFiles")]
    public async Task<IResult> FeedFilesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/feed/files")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var manifest = await files.ReadManifestAsync(ia, cancellationToken);
        return Results.Json(AnalystJson.Manifest(ia, manifest));
    }

    [Function("GetIaFeedFile")]
    public async Task<IResult> FeedFileAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/feed/files/{day}")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var day = (string)request.RouteValues["day"]!;
        var name = day.EndsWith(".ndjson", StringComparison.Ordinal) ? day[..^".ndjson".Length] : day;
        if (!DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return BadParameter(context, "day", $"day must be YYYY-MM-DD, not '{day}'.");
        }

        var file = await files.OpenDayAsync(ia, date, cancellationToken);
        return file is null
            ? ErrorShape.For(context, 404, "No file for that day.", Issue.Error("not-found", "day", $"No feed file of {ia} for {date:yyyy-MM-dd}; see /api/ia/{ia}/feed/files."))
            : Results.Stream(file, "application/x-ndjson");
    }

    [Function("GetIaIndicators")]
    public async Task<IResult> IndicatorsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ia/{ia}/indicators")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var ia = Ia(request);
        var context = request.HttpContext;
        var from = Query(request, "from");
        var to = Query(request, "to");
        var asOf = Query(request, "asOf");
        if (ParseMonth(from) is not { } first)
        {
            return BadParameter(context, "from", $"from must be YYYY-MM, not '{from}'.");
        }

        if (ParseMonth(to) is not { } last || last < first || last > first.AddYears(5))
        {
            return BadParameter(context, "to", $"to must be YYYY-MM, not before from and at most five years after it (got '{to}').");
        }

        var asOfDate = ScottishTime.Today(time);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOfDate))
        {
            return BadParameter(context, "asOf", $"asOf must be YYYY-MM-DD, not '{asOf}'.");
        }

        var months = await queries.IndicatorsAsync(ia, first, last, asOfDate, cancellationToken);
        return Results.Json(AnalystJson.Indicators(ia, asOfDate, months));
    }

    private static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && text!.Length == 7 ? first : null;

    private static IResult BadParameter(HttpContext context, string parameter, string message) =>
        ErrorShape.For(context, 400, "A query parameter is not valid.", Issue.Error("value", parameter, message));
}
