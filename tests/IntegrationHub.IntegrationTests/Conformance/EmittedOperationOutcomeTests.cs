using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Conformance;

/// <summary>
/// Every kind of OperationOutcome the FHIR routes answer with (accepted, refused for the body, the content type, the
/// size, the token, the role) is valid FHIR R4 for Medplum, which knows nothing of the SDK that wrote it.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class EmittedOperationOutcomeTests(SharedHubApp app)
{
    [Fact]
    public async Task EveryOutcomeTheFhirRoutesAnswer_IsValidFhirForMedplum()
    {
        using var board = app.ClientFor("Submitter", "S08000031");
        using var council = app.ClientFor("Submitter", "S12000049");
        using var anonymous = app.CreateClient();
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);

        async Task Record(string name, HttpStatusCode expected, HttpClient client, HttpContent? content)
        {
            using var response = await client.PostAsync("/api/fhir", content);
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            bodies[name] = await response.Content.ReadAsStringAsync();
        }

        await Record("202-accepted", HttpStatusCode.Accepted, board, Fhir.Content(Fhir.Bundle(1)));
        await Record("400-not-json", HttpStatusCode.BadRequest, board, Fhir.Content("{\"resourceType\":"));
        await Record("400-bundle-type", HttpStatusCode.BadRequest, board, Fhir.Content("""{"resourceType":"Bundle","type":"history"}"""));
        await Record("400-not-utf8", HttpStatusCode.BadRequest, board, Bytes([.. "{\"resourceType\":\"Patient\",\"id\":\""u8, 0xF2, .. "\"}"u8]));
        await Record("413-too-many-entries", HttpStatusCode.RequestEntityTooLarge, board, Fhir.Content(TooManyEntries()));
        await Record("415-content-type", HttpStatusCode.UnsupportedMediaType, board, new StringContent("<Bundle/>", Encoding.UTF8, "application/xml"));
        await Record("401-no-token", HttpStatusCode.Unauthorized, anonymous, Fhir.Content(Fhir.Bundle(1)));
        await Record("403-not-a-board", HttpStatusCode.Forbidden, council, Fhir.Content(Fhir.Bundle(1)));

        await Medplum.AssertValidAsync(bodies);
    }

    private static string TooManyEntries() =>
        $$"""{"resourceType":"Bundle","type":"batch","entry":[{{string.Join(",", Enumerable.Repeat("""{"resource":{"resourceType":"Basic"}}""", 1001))}}]}""";

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
        return content;
    }
}
