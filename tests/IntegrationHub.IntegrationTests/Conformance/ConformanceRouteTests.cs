using System.Net;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Conformance;

/// <summary>
/// CONTRACT §5: <c>GET /api/fhir/metadata</c> and <c>GET /api/fhir/{StructureDefinition|CodeSystem|ValueSet}/{id}</c>
/// answer anyone, with what the repository's conformance files say, and what they answer is valid FHIR R4 for Medplum.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ConformanceRouteTests(SharedHubApp app)
{
    private const string Canonical = "https://fhir.integrationhub.scot/";

    private static readonly string ConformanceRoot = Path.Combine(RepoPaths.Root, "shared", "IntegrationHub.Domain", "Fhir", "Conformance");

    public static TheoryData<string, string> PublishedResources()
    {
        var data = new TheoryData<string, string>();
        foreach (var resource in Directory.GetFiles(ConformanceRoot, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement))
        {
            if (resource.GetProperty("resourceType").GetString() is { } type and not "CapabilityStatement")
            {
                data.Add(type, resource.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public async Task Metadata_WithoutAToken_IsTheCapabilityStatement()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/fhir/metadata");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var statement = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CapabilityStatement", statement.GetProperty("resourceType").GetString());
        Assert.Equal("4.0.1", statement.GetProperty("fhirVersion").GetString());
        var rest = statement.GetProperty("rest")[0];
        Assert.Equal(["batch", "transaction"], rest.GetProperty("interaction").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        var profiles = rest.GetProperty("resource").EnumerateArray()
            .Where(r => r.TryGetProperty("supportedProfile", out _))
            .ToDictionary(r => r.GetProperty("type").GetString()!, r => r.GetProperty("supportedProfile")[0].GetString());
        Assert.Equal(Canonical + "StructureDefinition/hub-patient", profiles["Patient"]);
        Assert.Equal(Canonical + "StructureDefinition/hub-encounter", profiles["Encounter"]);
        Assert.Equal(Canonical + "StructureDefinition/hub-delayed-discharge", profiles["EpisodeOfCare"]);
        Assert.Contains(rest.GetProperty("security").GetProperty("service")[0].GetProperty("coding").EnumerateArray(), c => c.GetProperty("code").GetString() == "OAuth");
    }

    [Theory]
    [MemberData(nameof(PublishedResources))]
    public async Task EachPublishedResource_IsServedAnonymouslyAtItsCanonicalPath(string type, string id)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/fhir/{type}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(type, resource.GetProperty("resourceType").GetString());
        Assert.Equal($"{Canonical}{type}/{id}", resource.GetProperty("url").GetString());
    }

    [Fact]
    public async Task EveryCanonicalTheStatementAndProfilesName_IsServed()
    {
        using var client = app.CreateClient();
        var served = new List<string>();
        var pending = new Queue<string>([Canonical + "CapabilityStatement/integrationhub"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Follow every hub canonical the statement names, and every one those name in turn (profiles → value sets → code systems).
        while (pending.TryDequeue(out var canonical))
        {
            var path = canonical.EndsWith("CapabilityStatement/integrationhub", StringComparison.Ordinal) ? "/api/fhir/metadata" : "/api/fhir/" + canonical[Canonical.Length..];
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{canonical}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            served.Add(canonical);
            foreach (var named in HubCanonicals(JsonDocument.Parse(body).RootElement).Where(seen.Add))
            {
                pending.Enqueue(named);
            }
        }

        Assert.Contains(Canonical + "CodeSystem/care-setting", served);
        Assert.Contains(Canonical + "CodeSystem/delay-reason", served);
        Assert.Contains(Canonical + "ValueSet/encounter-class", served);
    }

    [Fact]
    public async Task EverythingServed_AndTheNotFoundAnswer_AreValidFhirForMedplum()
    {
        using var client = app.CreateClient();
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["metadata"] = await client.GetStringAsync("/api/fhir/metadata"),
        };
        foreach (var (type, id) in PublishedResources().Select(row => ((string)row[0], (string)row[1])))
        {
            bodies[$"{type}-{id}"] = await client.GetStringAsync($"/api/fhir/{type}/{id}");
        }

        using var missing = await client.GetAsync("/api/fhir/StructureDefinition/no-such-profile");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        bodies["not-found"] = await missing.Content.ReadAsStringAsync();

        await Medplum.AssertValidAsync(bodies);
    }

    [Theory]
    [InlineData("StructureDefinition/no-such-profile")]
    [InlineData("Patient/hub-patient")]
    [InlineData("CapabilityStatement/integrationhub")]
    public async Task AnythingElse_Is404OperationOutcome(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/fhir/" + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var issue = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("issue")[0];
        Assert.Equal("not-found", issue.GetProperty("code").GetString());
        Assert.Contains("/api/fhir/metadata", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Every string value in the resource that is a canonical URL of the hub's (a profile, value set or code system).</summary>
    private static IEnumerable<string> HubCanonicals(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not "url" and not "implementation").SelectMany(p => HubCanonicals(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(HubCanonicals),
        JsonValueKind.String when element.GetString() is { } text
            && text.StartsWith(Canonical, StringComparison.Ordinal)
            && text[Canonical.Length..].Split('/') is [("StructureDefinition" or "CodeSystem" or "ValueSet"), _] => [text],
        _ => [],
    };
}
