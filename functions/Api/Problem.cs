using IntegrationHub.Domain.Common;

namespace IntegrationHub.Functions.Api;

/// <summary>RFC 9457 problem+json, the error shape of every non-FHIR route, with the structured issues attached.</summary>
public static class Problem
{
    public static IResult Result(int statusCode, string title, params Issue[] issues) =>
        Results.Problem(
            statusCode: statusCode,
            title: title,
            detail: issues.Length == 1 ? issues[0].Message : null,
            extensions: issues.Length == 0
                ? null
                : new Dictionary<string, object?>
                {
                    ["issues"] = issues.Select(i => new
                    {
                        severity = i.Severity.ToString().ToLowerInvariant(),
                        code = i.Code,
                        location = i.Location,
                        message = i.Message,
                    }).ToArray(),
                });
}
