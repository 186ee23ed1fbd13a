using IntegrationHub.Domain.Audit;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.SocialCare;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Audit;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Submissions;

/// <summary>
/// The accept routes (CONTRACT §2–3). They check only what is cheap, land the body, record the submission and
/// answer 202; all entry-level work happens in ProcessSubmission.
/// </summary>
public sealed class SubmissionFunctions(AcceptSubmissionHandler handler, ISubmissionStore store, AuditRecorder audit)
{
    private static readonly string[] FhirContentTypes = ["application/fhir+json", "application/json"];
    private static readonly string[] CsvContentTypes = ["text/csv"];

    [Function("SubmitFhir")]
    [Authorize(Policy = HubPolicies.Submitter)]
    [EnableRateLimiting(SubmissionRateLimitOptions.PolicyName)]
    public async Task<IResult> SubmitFhirAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "fhir")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var org = context.User.Org();
        if (!HubPrincipal.IsBoard(org))
        {
            return ErrorShape.For(context, 403, "Only an NHS board (org S08…) may submit FHIR.", Issue.Error("forbidden", "org", $"The token's org '{org}' is not an NHS board."));
        }

        var refusal = CheckRequest(context, FhirContentTypes, SubmissionLimits.MaxFhirBytes);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var body = await SpooledBody.ReadAsync(context.Request.Body, SubmissionLimits.MaxFhirBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(context, SubmissionLimits.MaxFhirBytes);
        }

        var precheck = FhirBodyPrecheck.Check(body.Content);
        if (!precheck.Accepted)
        {
            return ErrorShape.For(context, precheck.StatusCode, "The body cannot be accepted.", precheck.Problem!);
        }

        var accepted = await AcceptAsync(context, org!, SubmissionKind.Fhir, body, cancellationToken);
        return OperationOutcomeJson.Result(
            StatusCodes.Status202Accepted,
            Issue.Information("informational", string.Empty, $"Submission {accepted.Id} accepted; poll /api/submissions/{accepted.Id} for its outcome."));
    }

    [Function("SubmitSocialCareExtract")]
    [Authorize(Policy = HubPolicies.Submitter)]
    [EnableRateLimiting(SubmissionRateLimitOptions.PolicyName)]
    public async Task<IResult> SubmitExtractAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "social-care/extracts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var org = context.User.Org();
        if (!HubPrincipal.IsCouncil(org))
        {
            return ErrorShape.For(context, 403, "Only a council (org S12…) may submit social care extracts.", Issue.Error("forbidden", "org", $"The token's org '{org}' is not a council."));
        }

        var refusal = CheckRequest(context, CsvContentTypes, SubmissionLimits.MaxExtractBytes);
        if (refusal is not null)
        {
            return refusal;
        }

        await using var body = await SpooledBody.ReadAsync(context.Request.Body, SubmissionLimits.MaxExtractBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(context, SubmissionLimits.MaxExtractBytes);
        }

        var header = ExtractHeaderCheck.Check(body.Content);
        if (!header.Accepted)
        {
            return ErrorShape.For(context, 400, "The extract cannot be accepted.", [.. header.Problems]);
        }

        var accepted = await AcceptAsync(context, org!, SubmissionKind.SocialCare, body, cancellationToken);
        return Results.Json(SubmissionStatusDto.From(accepted), statusCode: StatusCodes.Status202Accepted);
    }

    [Function("GetSubmission")]
    [Authorize(Policy = HubPolicies.SubmissionReader)]
    public async Task<IResult> GetSubmissionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request,
        FunctionContext function,
        CancellationToken cancellationToken)
    {
        var context = request.HttpContext;
        var id = (string)request.RouteValues["id"]!;
        var submission = await store.GetAsync(id, cancellationToken);
        if (submission is null)
        {
            return ErrorShape.For(context, 404, "No such submission.", Issue.Error("not-found", "id", $"Submission '{id}' does not exist."));
        }

        if (!context.User.IsAdmin() && submission.Org != context.User.Org())
        {
            return ErrorShape.For(context, 403, "The submission belongs to another org.", Issue.Error("forbidden", "org", "Submitters may read only their own org's submissions."));
        }

        // A sender reading its own submission is not audited; anyone else (an Admin) is, before the answer leaves.
        if (submission.Org != context.User.Org())
        {
            await audit.RecordAsync(function, r => [AuditRecords.SubmissionRead(r, submission)], cancellationToken);
        }

        return Results.Json(SubmissionStatusDto.From(submission));
    }

    private async Task<Submission> AcceptAsync(
        HttpContext context,
        string org,
        SubmissionKind kind,
        SpooledBody body,
        CancellationToken cancellationToken)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var result = await handler.HandleAsync(
            new AcceptSubmissionCommand(org, kind, key.Length == 0 ? null : key, context.Request.ContentType!, body.Content, body.Sha256, body.Length),
            cancellationToken);
        context.Response.Headers.ContentLocation = "/api/submissions/" + result.Submission.Id;
        return result.Submission;
    }

    private static IResult? CheckRequest(HttpContext context, string[] contentTypes, long maxBytes)
    {
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !contentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return ErrorShape.For(
                context,
                415,
                "Unsupported content type.",
                Issue.Error("not-supported", "Content-Type", $"Content-Type '{context.Request.ContentType}' is not accepted here; send {string.Join(" or ", contentTypes)}."));
        }

        if (context.Request.ContentLength > maxBytes)
        {
            return TooLarge(context, maxBytes);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > SubmissionLimits.MaxIdempotencyKeyLength)
        {
            return ErrorShape.For(context, 400, "Idempotency-Key too long.", Issue.Error("invalid", "Idempotency-Key", $"Idempotency-Key is {key.Length} characters; at most {SubmissionLimits.MaxIdempotencyKeyLength} are allowed."));
        }

        return null;
    }

    private static IResult TooLarge(HttpContext context, long maxBytes) =>
        ErrorShape.For(context, 413, "The body is too large.", Issue.Error("too-costly", "body", $"The body is larger than {maxBytes / (1024 * 1024)} MiB."));
}
