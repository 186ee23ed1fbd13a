using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <param name="Failure">Set when the body as a whole cannot be used (not JSON, not FHIR, wrong bundle type).</param>
public sealed record FhirParseResult(IReadOnlyList<FhirEntry> Entries, Issue? Failure)
{
    public static FhirParseResult Failed(Issue failure) => new([], failure);
}
