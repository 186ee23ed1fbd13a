using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.BadInput;

/// <summary>
/// The encoding defects the bad-input corpus found, end to end: bytes that are not UTF-8 are refused at accept
/// naming the first bad byte; a lone surrogate escape (valid JSON, not text) rejects only its entry, naming the
/// element; a UTF-8 byte order mark is skipped. Before the fix the first two crashed processing five times and
/// ended <c>failed</c> with no reason but "failed repeatedly", and the third was a 400.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class FhirEncodingTests(SharedHubApp app)
{
    private const string Board = "S08000031";

    [Fact]
    public async Task Latin1Name_Is400NamingTheByteOffset_AndNothingIsRecorded()
    {
        var marker = Guid.NewGuid().ToString("N");
        var body = Encoding.UTF8.GetBytes(Patient(marker, "MARK"));
        var offset = body.AsSpan().IndexOf("MARK"u8);
        byte[] latin1 = [.. body[..offset], .. Encoding.Latin1.GetBytes("Seònaid"), .. body[(offset + 4)..]];
        using var client = app.ClientFor("Submitter", Board);

        using var response = await client.PostAsync("/api/fhir", Bytes(latin1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("issue")[0];
        // "Se" is two bytes; the third, 'ò' as Latin-1 0xF2, is where UTF-8 stops making sense.
        Assert.Contains($"invalid UTF-8 at byte offset {offset + 2} (byte 0xF2)", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        Assert.Equal($"body byte offset {offset + 2}", issue.GetProperty("expression")[0].GetString());
        Assert.False(response.Content.Headers.Contains("Content-Location"));
    }

    [Fact]
    public async Task LoneSurrogateInAFamilyName_RejectsThatEntryNamingTheElement_TheOthersAreProcessed()
    {
        var marker = Guid.NewGuid().ToString("N");
        var bundle = $$$$"""
            {"resourceType":"Bundle","type":"batch","entry":[
              {"fullUrl":"urn:uuid:a-{{{{marker}}}}","resource":{"resourceType":"Patient","id":"a-{{{{marker}}}}","identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"a-{{{{marker}}}}"}],"name":[{"family":"\ud800","given":["Ann"]}],"birthDate":"1950-01-01","address":[{"district":"S12000049"}]}},
              {"fullUrl":"urn:uuid:b-{{{{marker}}}}","resource":{"resourceType":"Patient","id":"b-{{{{marker}}}}","identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"b-{{{{marker}}}}"}],"name":[{"family":"Ross","given":["Bea"]}],"birthDate":"1950-01-01","address":[{"district":"S12000049"}]}},
              {"resource":{"resourceType":"Encounter","id":"e-{{{{marker}}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:b-{{{{marker}}}}"},"period":{"start":"2024-05-01"}}}
            ]}
            """;
        using var client = app.ClientFor("Submitter", Board);

        using var response = await client.PostAsync("/api/fhir", Fhir.Content(bundle));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());

        Assert.Equal("completed-with-errors", status.GetProperty("status").GetString());
        var counts = status.GetProperty("counts");
        Assert.Equal((3, 2, 1, 1, 1), (counts.GetProperty("entries").GetInt32(), counts.GetProperty("accepted").GetInt32(), counts.GetProperty("rejected").GetInt32(), counts.GetProperty("people").GetInt32(), counts.GetProperty("activities").GetInt32()));
        var issue = Assert.Single(status.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "error");
        Assert.Equal("Bundle.entry[0].resource.name[0].family", issue.GetProperty("location").GetString());
        Assert.Contains("contains an unpaired surrogate", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8Bom_IsAcceptedAndProcessedNormally()
    {
        var body = Encoding.UTF8.GetBytes(Patient(Guid.NewGuid().ToString("N"), "Ross"));
        using var client = app.ClientFor("Submitter", Board);

        using var response = await client.PostAsync("/api/fhir", Bytes([.. Encoding.UTF8.Preamble, .. body]));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(1, status.GetProperty("counts").GetProperty("people").GetInt32());
        Assert.Empty(status.GetProperty("issues").EnumerateArray());
    }

    private static string Patient(string marker, string family) =>
        $$"""{"resourceType":"Patient","id":"p-{{marker}}","identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"p-{{marker}}"}],"name":[{"family":"{{family}}","given":["Mhairi"]}],"birthDate":"1950-01-01","address":[{"district":"S12000049"}]}""";

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
        return content;
    }
}
