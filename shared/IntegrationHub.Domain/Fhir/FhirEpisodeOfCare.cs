namespace IntegrationHub.Domain.Fhir;

/// <param name="IsDelayedDischarge">Typed with episode-type <c>delayed-discharge</c>; other episodes are not in the hub's scope.</param>
public sealed record FhirEpisodeOfCare(
    string? Id,
    string SourceId,
    string Status,
    bool IsDelayedDischarge,
    string? DelayReason,
    DateOnly? Start,
    DateOnly? End,
    FhirReference Patient) : FhirResource("EpisodeOfCare", Id);
