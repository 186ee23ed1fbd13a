using System.Security.Claims;
using System.Text.Json;
using IntegrationHub.Domain.Audit;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Audit;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Linkage;

/// <summary>
/// The review queue (CONTRACT §3): a LinkageReviewer lists the open items of an IA its token names and decides
/// them. Items show both records' demographics, which reviewers need and analysts never see. Admin may also read
/// and decide items whose IA could not be told (<see cref="ReviewItem.UnresolvedIa"/>). Every item shown and every
/// decision is in the audit trail before the answer leaves; refusals are audited too.
/// </summary>
[Authorize(Policy = HubPolicies.LinkageReviewer)]
[Identifiable]
public sealed class LinkageReviewFunctions(IReviewStore store, ReviewDecisionHandler handler, AuditRecorder audit)
{
    private const int PageSize = 200;

    [Function("GetLinkageReviews")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "linkage/reviews")] HttpRequest request,
        FunctionContext function,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var ia = request.Query.TryGetValue("ia", out var values) ? values.ToString() : null;
        if (string.IsNullOrEmpty(ia))
        {
            return ErrorShape.For(context, 400, "ia is required.", Issue.Error("required", "ia", "Name the IA whose review items to list: ?ia=S37000…"));
        }

        var reviewable = Reviewable(context.User);
        if (!reviewable.Contains(ia))
        {
            // Another IA's reviews asked for: a failed authorisation like the middleware's, answered 403 below.
            await audit.RecordRefusalAsync(function, StatusCodes.Status403Forbidden, cancellationToken);
        }

        if (IaAccess.Refuse(context, ia, reviewable, alsoKnown: ReviewItem.UnresolvedIa) is { } refused)
        {
            return refused;
        }

        var items = await store.ListOpenAsync(ia, PageSize, cancellationToken);
        await audit.RecordAsync(function, r => items.Select(item => AuditRecords.ReviewShown(r, item)), cancellationToken);
        return Results.Json(new { ia, items = items.Select(Json) });
    }

    [Function("DecideLinkageReview")]
    public async Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "linkage/reviews/{id}")] HttpRequest request,
        FunctionContext function,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var id = (string)request.RouteValues["id"]!;
        string? decision;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            decision = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        }
        catch (JsonException ex)
        {
            return ErrorShape.For(context, 400, "The body is not JSON.", Issue.Error("invalid", $"line {ex.LineNumber + 1}", ex.Message));
        }

        if (!ReviewDecisions.IsKnown(decision))
        {
            return ErrorShape.For(context, 400, "Unknown decision.", Issue.Error("invalid", "decision", $"decision must be \"{ReviewDecisions.SamePerson}\" or \"{ReviewDecisions.DifferentPeople}\"."));
        }

        var reviewer = context.User.Identity?.Name ?? context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var result = await handler.DecideAsync(id, decision!, reviewer, Reviewable(context.User), cancellationToken);
        if (result.Item is { } decided)
        {
            // After the decision, before its answer: if the trail fails the reviewer gets 503 and resends the same
            // decision, which is answered (and recorded) again without being taken twice.
            await audit.RecordAsync(function, r => [AuditRecords.ReviewDecided(r, decided)], cancellationToken);
        }

        return result.Failure switch
        {
            // Not found in the caller's IAs: another IA's item is indistinguishable from none, so nothing leaks.
            ReviewDecisionFailure.NotFound => ErrorShape.For(context, 404, "No such review item.", Issue.Error("not-found", "id", $"No review item {id} in the IAs this token names.")),
            ReviewDecisionFailure.AlreadyDecided => ErrorShape.For(context, 409, "Already decided.", Issue.Error("conflict", "decision", "This item was decided the other way; a decision is not reversed by another.")),
            _ => Results.Json(Json(result.Item!)),
        };
    }

    private static IReadOnlySet<string> Reviewable(ClaimsPrincipal user)
    {
        var ias = new HashSet<string>(user.Ias(), StringComparer.Ordinal);
        if (user.IsAdmin())
        {
            ias.Add(ReviewItem.UnresolvedIa);
        }

        return ias;
    }

    private static object Json(ReviewItem item) => new
    {
        id = item.Id,
        ia = item.Ia,
        status = item.Status,
        probability = item.Probability,
        reason = item.Reason,
        comparison = item.Comparison,
        verdicts = LinkField.Verdicts(item.Comparison),
        record = Side(item.Record, item.RecordSource),
        candidate = Side(item.Candidate, item.CandidateSource),
        createdAt = item.CreatedAt,
        decision = item.Decision,
        decidedAt = item.DecidedAt,
    };

    private static object Side(Domain.Linkage.MatchRecord record, string source) => new
    {
        family = record.Family,
        given = record.Given,
        birthDate = record.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        sex = record.Sex,
        postcode = record.Postcode,
        source,
    };
}
