namespace IntegrationHub.Domain.ReadModels;

/// <param name="Kind">fhir or social-care.</param>
public sealed record IaActivitySource(string Org, string Kind);
