using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// One entry of a bundle (or the single resource sent alone), as Firely's deserialiser read it. <see cref="Resource"/>
/// is null when the entry is rejected or of a type the hub does not use; <see cref="Issues"/> say why.
/// </summary>
/// <param name="Location">Where the entry is: <c>Bundle.entry[3]</c>, or the resource type for a resource sent alone.</param>
public sealed record FhirEntry(int Index, string Location, string? FullUrl, string? ResourceType, Resource? Resource, IReadOnlyList<Issue> Issues)
{
    public bool Rejected => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>Where the resource's elements are: <c>Bundle.entry[3].resource</c>, or <c>Patient</c> for a Patient sent alone.</summary>
    public string ResourcePath => Location == ResourceType ? Location : Location + ".resource";
}
