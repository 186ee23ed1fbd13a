using System.Globalization;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Analyst;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Auth;

namespace IntegrationHub.Functions.Analyst;

/// <summary>
/// The IA routes (CONTRACT §3): every one answers only for an IA named by the token's <c>ia</c> claims (403
/// otherwise, before anything is read), and everything they return is pseudonymised.
/// </summary>
public static class AnalystEndpoints
{
    private static readonly HashSet<string> Kinds = new(
        new[] { ActivityKind.InpatientAdmission, ActivityKind.DayCase, ActivityKind.AeAttendance, ActivityKind.Outpatient, ActivityKind.DelayedDischarge, ActivityKind.HomeCare, ActivityKind.CareHome, ActivityKind.AlarmTelecare, ActivityKind.Sds, ActivityKind.Death }.Select(k => k.Value),
        StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapAnalystEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ia = endpoints.MapGroup("/api/ia/{ia}").RequireAuthorization(HubPolicies.Analyst).AddEndpointFilter(RequireIaClaim);
        ia.MapGet("/activity", ActivityAsync);
        ia.MapGet("/people/{anonId}", PersonAsync);
        ia.MapGet("/feed", FeedAsync);
        ia.MapGet("/feed/files", FeedFilesAsync);
        ia.MapGet("/feed/files/{day}", FeedFileAsync);
        ia.MapGet("/indicators", IndicatorsAsync);
        return endpoints;
    }

    private static async ValueTask<object?> RequireIaClaim(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var ia = (string)context.Request.RouteValues["ia"]!;
        return IaAccess.Refuse(context, ia, context.User.Ias()) ?? await next(invocation);
    }

    private static async Task<IResult> ActivityAsync(string ia, HttpContext context, AnalystQueries queries, string? month, string? kind, string? continuation, CancellationToken cancellationToken)
    {
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

    private static async Task<IResult> PersonAsync(string ia, string anonId, HttpContext context, AnalystQueries queries, CancellationToken cancellationToken)
    {
        var timeline = await queries.TimelineAsync(ia, anonId, cancellationToken);
        if (timeline is null)
        {
            return ErrorShape.For(context, 404, "No such person in this IA.", Issue.Error("not-found", "anonId", $"No activity of {anonId} in {ia}."));
        }

        await AnalystJson.WriteTimelineAsync(context.Response, ia, anonId, timeline, cancellationToken);
        return Results.Empty;
    }

    private static async Task<IResult> FeedAsync(string ia, HttpContext context, AnalystQueries queries, string? date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return BadParameter(context, "date", $"date must be YYYY-MM-DD, not '{date}'.");
        }

        await AnalystJson.WriteFeedAsync(context.Response, queries.FeedAsync(ia, day, cancellationToken), cancellationToken);
        return Results.Empty;
    }

    private static async Task<IResult> FeedFilesAsync(string ia, IFeedFileStore files, CancellationToken cancellationToken)
    {
        var manifest = await files.ReadManifestAsync(ia, cancellationToken);
        return Results.Json(AnalystJson.Manifest(ia, manifest));
    }

    private static async Task<IResult> FeedFileAsync(string ia, string day, HttpContext context, IFeedFileStore files, CancellationToken cancellationToken)
    {
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

    private static async Task<IResult> IndicatorsAsync(string ia, HttpContext context, AnalystQueries queries, TimeProvider time, string? from, string? to, string? asOf, CancellationToken cancellationToken)
    {
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
