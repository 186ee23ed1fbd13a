using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Fhir.Conformance;
using IntegrationHub.Functions.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Fhir;

/// <summary>
/// What a FHIR client reads before it sends anything (CONTRACT §5): the CapabilityStatement and the profiles, code
/// systems and value sets it names. Anonymous, as FHIR servers serve them, and nothing in them is secret.
/// </summary>
public sealed class ConformanceFunctions(ConformanceResources conformance)
{
    // Serialised once: the resources never change while the app runs.
    private readonly Lazy<byte[]> capabilityStatement = new(() => FhirJson.Serialize(conformance.CapabilityStatement));

    [Function("FhirMetadata")]
    [AllowAnonymous]
    public IResult Metadata(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fhir/metadata")] HttpRequest request) =>
        new FhirJsonResult(capabilityStatement.Value, StatusCodes.Status200OK);

    [Function("FhirConformanceResource")]
    [AllowAnonymous]
    public IResult Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fhir/{type}/{id}")] HttpRequest request)
    {
        var type = (string)request.RouteValues["type"]!;
        var id = (string)request.RouteValues["id"]!;
        if (conformance.Find(type, id) is not { } resource)
        {
            return ErrorShape.For(
                request.HttpContext,
                StatusCodes.Status404NotFound,
                "No such conformance resource.",
                Issue.Error("not-found", string.Empty, $"The hub publishes no {Shorten(type)} with the canonical URL {ConformanceResources.CanonicalBase}{Shorten(type)}/{Shorten(id)}; GET /api/fhir/metadata lists what it publishes."));
        }

        return new FhirJsonResult(FhirJson.Serialize(resource), StatusCodes.Status200OK);
    }

    /// <summary>Route values are the caller's text: cut short so a long one does not fill the answer.</summary>
    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
