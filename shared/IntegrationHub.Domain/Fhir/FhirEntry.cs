using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// One entry of a bundle (or the single resource sent alone). <see cref="Resource"/> is null when the entry is
/// rejected or of a type the hub does not use; <see cref="Issues"/> say why.
/// </summary>
public sealed record FhirEntry(int Index, string Location, string? FullUrl, string? ResourceType, FhirResource? Resource, IReadOnlyList<Issue> Issues)
{
    public bool Rejected => Issues.Any(i => i.Severity == IssueSeverity.Error);

    public FhirEntry Reject(Issue issue) => this with { Resource = null, Issues = [.. Issues, issue] };
}
