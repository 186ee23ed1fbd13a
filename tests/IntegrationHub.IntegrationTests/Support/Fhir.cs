using System.Net.Http.Headers;
using System.Text;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>Small FHIR bodies for accept-path tests; a unique marker keeps each test's body (and so its submission) its own.</summary>
public static class Fhir
{
    public static string Bundle(int patients, string? marker = null)
    {
        marker ??= Guid.NewGuid().ToString("N");
        var entries = Enumerable.Range(0, patients).Select(i => $$"""
            {"fullUrl":"urn:uuid:{{Guid.NewGuid()}}","resource":{"resourceType":"Patient","id":"p{{i}}-{{marker}}",
             "identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"{{marker}}-{{i}}"}],
             "name":[{"family":"Test","given":["Patient{{i}}"]}],"gender":"female","birthDate":"1950-01-01"},
             "request":{"method":"PUT","url":"Patient/p{{i}}-{{marker}}"}
            }
            """);
        return $$"""{"resourceType":"Bundle","type":"batch","entry":[{{string.Join(",", entries)}}]}""";
    }

    public static HttpContent Content(string json, string mediaType = "application/fhir+json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
