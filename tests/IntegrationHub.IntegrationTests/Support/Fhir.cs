using System.Net.Http.Headers;
using System.Text;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// Small FHIR bodies for accept-path tests; a unique marker keeps each test's body (and so its submission) its own,
/// and its patients different people: the hub links records by demographics too, so tests that shared one name
/// and birth date would find each other's people.
/// </summary>
public static class Fhir
{
    private static readonly string[] Forenames = ["Ann", "Brian", "Catriona", "Duncan", "Eilidh", "Fergus", "Grace", "Hamish", "Isla", "Jack", "Kirsty", "Lachlan"];

    public static string Bundle(int patients, string? marker = null)
    {
        marker ??= Guid.NewGuid().ToString("N");
        var family = Surname(marker);
        var born = new DateOnly(1930, 1, 1).AddDays((int)(BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(marker))) % 20000));
        var entries = Enumerable.Range(0, patients).Select(i => $$"""
            {"fullUrl":"urn:uuid:{{Guid.NewGuid()}}","resource":{"resourceType":"Patient","id":"p{{i}}-{{marker}}",
             "identifier":[{"system":"https://fhir.nhs.scot/board-patient-id","value":"{{marker}}-{{i}}"}],
             "name":[{"family":"{{family}}","given":["{{Forenames[i % Forenames.Length]}}"]}],"gender":"female","birthDate":"{{born.AddDays(i * 400):yyyy-MM-dd}}"},
             "request":{"method":"PUT","url":"Patient/p{{i}}-{{marker}}"}
            }
            """);
        return $$"""{"resourceType":"Bundle","type":"batch","entry":[{{string.Join(",", entries)}}]}""";
    }

    /// <summary>A surname made of the marker's letters, so two markers' surnames are as unalike as two random words.</summary>
    public static string Surname(string marker)
    {
        var letters = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(marker)).Take(8).Select(b => (char)('a' + (b % 26))).ToArray();
        letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters);
    }

    public static HttpContent Content(string json, string mediaType = "application/fhir+json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
