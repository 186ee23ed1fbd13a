using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir.Conformance;

namespace IntegrationHub.Domain.Fhir.Validation;

/// <summary>
/// Validates a resource with Firely.Fhir.Validation against the base R4 definitions and the hub's published profile
/// for its type. The profiles are differentials: their snapshots are generated once, when the validator is created,
/// and kept by the cached resolver, never per resource. Creating one is slow (the R4 specification is read and the
/// snapshots generated); validating with it is not, so one instance serves the whole app.
/// </summary>
public sealed class ProfileValidator
{
    private const string ProfileBase = ConformanceResources.CanonicalBase + "StructureDefinition/";

    private readonly Validator validator;

    private ProfileValidator(Validator validator) => this.validator = validator;

    public static async Task<ProfileValidator> CreateAsync(ConformanceResources conformance)
    {
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(new InMemoryResourceResolver(conformance.All), ZipSource.CreateValidationSource())));
        foreach (var profile in conformance.All.OfType<StructureDefinition>())
        {
            if (await resolver.ResolveByCanonicalUriAsync(profile.Url) is not StructureDefinition { Snapshot: not null })
            {
                throw new InvalidOperationException($"No snapshot could be generated for the hub's profile {profile.Url}.");
            }
        }

        return new ProfileValidator(new Validator(resolver, new LocalTerminologyService(resolver)));
    }

    /// <summary>The hub's profile for a resource, or null where the base definition is all there is.</summary>
    public static string? ProfileFor(Resource resource) => resource switch
    {
        Patient => ProfileBase + "hub-patient",
        Encounter => ProfileBase + "hub-encounter",
        EpisodeOfCare episode when FhirValues.IsDelayedDischarge(episode) => ProfileBase + "hub-delayed-discharge",
        _ => null,
    };

    /// <summary>The validator's errors and warnings, located under <paramref name="path"/> (<c>Bundle.entry[3].resource</c>).</summary>
    public IReadOnlyList<Issue> Validate(Resource resource, string path) => Validate(resource, path, ProfileFor(resource));

    /// <summary>As <see cref="Validate(Resource, string)"/>, against the named profile (null: the base definition only).</summary>
    public IReadOnlyList<Issue> Validate(Resource resource, string path, string? profile)
    {
        var outcome = validator.Validate(resource, profile);
        return
        [
            .. outcome.Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
                .Select(i => new Issue(
                    i.Severity == OperationOutcome.IssueSeverity.Warning ? IssueSeverity.Warning : IssueSeverity.Error,
                    i.Code?.GetLiteral() ?? "invalid",
                    Location(i.Expression.FirstOrDefault(), resource.TypeName, path),
                    DeserializationIssues.Shorten(i.Details?.Text ?? i.Diagnostics ?? "The resource does not meet its profile."))),
        ];
    }

    /// <summary>The validator names the resource by its type (<c>Encounter.class[0]</c>); the hub names where it is in the body.</summary>
    private static string Location(string? expression, string type, string path) =>
        expression is not null && expression.StartsWith(type, StringComparison.Ordinal) ? path + expression[type.Length..] : path;
}
