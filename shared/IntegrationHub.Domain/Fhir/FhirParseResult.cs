using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <param name="Failures">Set when the body as a whole cannot be used (not JSON, not FHIR, wrong bundle type, a bad Bundle element).</param>
public sealed record FhirParseResult(IReadOnlyList<FhirEntry> Entries, IReadOnlyList<Issue> Failures)
{
    public bool Failed => Failures.Count > 0;

    public static FhirParseResult Failure(params Issue[] failures) => new([], failures);
}
