using IntegrationHub.Domain.Fhir.Conformance;
using IntegrationHub.Domain.Fhir.Validation;

namespace IntegrationHub.Domain.Tests.Fhir.Validation;

/// <summary>One validator for the class: creating it reads the R4 specification and generates the profiles' snapshots.</summary>
public sealed class ProfileValidatorFixture
{
    public ProfileValidator Validator { get; } = ProfileValidator.CreateAsync(ConformanceResources.Load()).GetAwaiter().GetResult();
}
