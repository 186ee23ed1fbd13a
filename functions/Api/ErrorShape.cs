using IntegrationHub.Domain.Common;

namespace IntegrationHub.Functions.Api;

/// <summary>Chooses OperationOutcome on FHIR routes and problem+json elsewhere (CONTRACT §1).</summary>
public static class ErrorShape
{
    public static bool IsFhirRoute(PathString path) => path.StartsWithSegments("/api/fhir", StringComparison.OrdinalIgnoreCase);

    public static IResult For(HttpContext context, int statusCode, string title, params Issue[] issues) =>
        IsFhirRoute(context.Request.Path)
            ? OperationOutcomeJson.Result(statusCode, issues.Length > 0 ? issues : [Issue.Error(CodeFor(statusCode), string.Empty, title)])
            : Problem.Result(statusCode, title, issues);

    private static string CodeFor(int statusCode) => statusCode switch
    {
        401 => "login",
        403 => "forbidden",
        404 => "not-found",
        413 => "too-costly",
        415 => "not-supported",
        429 => "throttled",
        _ => statusCode >= 500 ? "exception" : "invalid",
    };
}
