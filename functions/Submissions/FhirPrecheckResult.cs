using IntegrationHub.Domain.Common;

namespace IntegrationHub.Functions.Submissions;

public sealed record FhirPrecheckResult(int StatusCode, Issue? Problem, int Entries)
{
    public bool Accepted => Problem is null;

    public static FhirPrecheckResult Ok(int entries) => new(202, null, entries);

    public static FhirPrecheckResult Reject(int statusCode, Issue problem) => new(statusCode, problem, 0);
}
