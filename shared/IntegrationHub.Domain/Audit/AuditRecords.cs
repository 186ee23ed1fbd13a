using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Audit;

/// <summary>
/// Builds the audit records of each audited action. Each takes only ids from what was shown (review id, person ids,
/// submission id), never the demographics, CHI or payload, so a record cannot leak what it records.
/// </summary>
public static class AuditRecords
{
    public static AuditRecord ReviewShown(AuditRequest request, ReviewItem item) =>
        New(request, AuditActions.ReviewShown, AuditTargetKinds.Review, item.Id, AuditResults.Shown, [item.RecordPersonId, item.CandidatePersonId]);

    /// <summary>The decision is the result: which way two people's records were joined or kept apart.</summary>
    public static AuditRecord ReviewDecided(AuditRequest request, ReviewItem item) =>
        New(request, AuditActions.ReviewDecided, AuditTargetKinds.Review, item.Id, item.Decision ?? AuditResults.Shown, [item.RecordPersonId, item.CandidatePersonId]);

    public static AuditRecord SubmissionRead(AuditRequest request, Submission submission) =>
        New(request, AuditActions.SubmissionRead, AuditTargetKinds.Submission, submission.Id, AuditResults.Shown, []);

    /// <param name="route">Method and path template of the route, e.g. <c>GET linkage/reviews</c>; never its query.</param>
    /// <param name="status">401 or 403.</param>
    public static AuditRecord Refused(AuditRequest request, string route, int status) =>
        New(request, AuditActions.AuthorizationRefused, AuditTargetKinds.Route, route, status == 401 ? AuditResults.Unauthenticated : AuditResults.Forbidden, []);

    /// <param name="setting">The configuration key refused (its value is never recorded).</param>
    public static AuditRecord ConfigurationRefused(AuditRequest request, string setting) =>
        New(request, AuditActions.ConfigurationRefused, AuditTargetKinds.Setting, setting, AuditResults.Refused, []);

    private static AuditRecord New(AuditRequest request, string action, string targetKind, string target, string result, IReadOnlyList<string> persons) => new()
    {
        Id = AuditIds.New(),
        Day = AuditDays.Of(request.Time),
        Time = request.Time,
        Actor = request.Actor,
        Action = action,
        TargetKind = targetKind,
        Target = target,
        Persons = persons,
        Result = result,
        ClientAddress = request.ClientAddress,
        TraceId = request.TraceId,
    };
}
