using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Functions.Api;

/// <summary>Answers with issues as a FHIR R4 OperationOutcome, built and serialised with Firely's SDK.</summary>
public static class OperationOutcomeJson
{
    public const string ContentType = "application/fhir+json";

    public static IResult Result(int statusCode, params Issue[] issues) =>
        new FhirJsonResult(Write(issues), statusCode);

    public static byte[] Write(IEnumerable<Issue> issues) => FhirJson.Serialize(OperationOutcomes.From(issues));
}
