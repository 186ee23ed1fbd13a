namespace IntegrationHub.Domain.Activities;

/// <param name="Kind">fhir or social-care.</param>
/// <param name="SourceId">The sender's own id of the record (episode id, or the social care episode key).</param>
public sealed record ActivitySource(string Org, string Kind, string ResourceType, string SourceId);
