using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.BadInput;

/// <summary>
/// Posts every file of the bad-input corpus (Corpus/README.md) to its route and holds the answer to what its
/// name promises. Whatever the case: never a 5xx, and a 4xx always names what is wrong. The corpus is read from
/// the repository, so a new file is a new case without touching the project file.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class BadInputCorpusTests(SharedHubApp app, ITestOutputHelper output)
{
    private const string Board = "S08000031";
    private const string Council = "S12000049";

    private static readonly string CorpusRoot = Path.Combine(RepoPaths.Root, "tests", "IntegrationHub.IntegrationTests", "BadInput", "Corpus");

    private static readonly Dictionary<string, string?> ContentTypes = new(StringComparer.Ordinal)
    {
        ["text-plain"] = "text/plain",
        ["xml"] = "application/xml",
        ["fhir-xml"] = "application/fhir+xml",
        ["octet"] = "application/octet-stream",
        ["csv"] = "text/csv",
        ["json"] = "application/json",
        ["fhir-json"] = "application/fhir+json",
        ["fhir-json-utf16"] = "application/fhir+json; charset=utf-16",
        ["csv-utf16"] = "text/csv; charset=utf-16",
        ["excel"] = "application/vnd.ms-excel",
        ["form"] = "application/x-www-form-urlencoded",
        ["none"] = null,
    };

    public static TheoryData<string> CorpusFiles() => new(Files());

    [Fact]
    public void Corpus_HasAtLeastAHundredCasesOfBothKinds()
    {
        var files = Files();

        Assert.True(files.Count >= 100, $"{files.Count} corpus files");
        Assert.Contains(files, f => f.StartsWith("fhir/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("csv/", StringComparison.Ordinal));
        Assert.All(files, f => Assert.Matches("^(fhir|csv)/(ok|bad|safe|r400|r413|r415)--[a-z0-9-]+(--ct-[a-z0-9-]+)?\\.(json|csv)$", f));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task CorpusFile_GetsAClearAnswerAndNever5xx(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var fhir = file.StartsWith("fhir/", StringComparison.Ordinal);
        var expect = name[..name.IndexOf("--", StringComparison.Ordinal)];
        var contentType = ContentTypeFor(name, fhir);
        using var client = app.ClientFor("Submitter", fhir ? Board : Council);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(CorpusRoot, file)));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, fhir ? "/api/fhir" : "/api/social-care/extracts") { Content = content };
        // A fresh key per run, so every run processes the case instead of finding the last run's submission.
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var code = (int)response.StatusCode;

        Assert.True(code < 500, $"{file}: {code} {body}");
        if (expect.StartsWith('r'))
        {
            Assert.Equal(int.Parse(expect[1..], System.Globalization.CultureInfo.InvariantCulture), code);
        }

        if (code != 202)
        {
            Assert.True(expect is not "ok", $"{file}: a valid variant was refused with {code}: {body}");
            Assert.InRange(code, 400, 499);
            var reason = RefusalReason(body, fhir);
            output.WriteLine($"{file}: {code} {reason}");
            return;
        }

        Assert.True(expect is "ok" or "bad" or "safe", $"{file}: expected {expect}, got 202");
        var location = response.Content.Headers.ContentLocation?.ToString() ?? response.Headers.GetValues("Content-Location").Single();
        var status = await SubmissionPolling.WaitForFinishAsync(client, location, TimeSpan.FromSeconds(90));
        var outcome = status.GetProperty("status").GetString();
        var issues = status.GetProperty("issues").EnumerateArray().ToList();
        var errorsOrWarnings = issues.Where(i => i.GetProperty("severity").GetString() is "error" or "warning").ToList();
        output.WriteLine($"{file}: 202 → {outcome}, {errorsOrWarnings.Count} error/warning issue(s){(errorsOrWarnings.Count > 0 ? ": " + errorsOrWarnings[0].GetProperty("message").GetString() : string.Empty)}");
        Assert.All(issues, i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("message").GetString()), $"{file}: an issue without a message"));
        // Processing that throws is retried until the poison queue takes it and ends with the generic "exception"
        // reason; for a sender's input that is a crash, never an answer: every problem must be named where it is.
        Assert.DoesNotContain(issues, i => i.GetProperty("code").GetString() == "exception");
        switch (expect)
        {
            case "ok":
                Assert.Equal("completed", outcome);
                Assert.DoesNotContain(issues, i => i.GetProperty("severity").GetString() == "error");
                break;
            case "bad":
                Assert.True(errorsOrWarnings.Count > 0, $"{file}: accepted and finished {outcome} without any error or warning: {status}");
                break;
            default:
                Assert.True(outcome != "failed" || errorsOrWarnings.Count > 0, $"{file}: failed without a reason: {status}");
                break;
        }
    }

    [Fact]
    public async Task FhirOverSixteenMebibytes_Without_ContentLength_Gets413()
    {
        using var client = app.ClientFor("Submitter", Board);
        using var content = new StreamContent(new GeneratedBodyStream("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[", (16L << 20) + 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");

        using var response = await client.PostAsync("/api/fhir", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-costly", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("issue")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ExtractOverSixtyFourMebibytes_Gets413ProblemJson(bool withContentLength)
    {
        using var client = app.ClientFor("Submitter", Council);
        var header = "sending_location,social_care_id,period,service,service_type,service_start_date\n";
        var length = (64L << 20) + 1024;
        using var content = withContentLength
            ? new ByteArrayContent(Encoding.ASCII.GetBytes(header + new string('x', (int)length - header.Length)))
            : (HttpContent)new StreamContent(new GeneratedBodyStream(header, length));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync("/api/social-care/extracts", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> Files() =>
    [
        .. Directory.EnumerateFiles(CorpusRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(CorpusRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static string? ContentTypeFor(string name, bool fhir)
    {
        var marker = name.IndexOf("--ct-", StringComparison.Ordinal);
        return marker < 0
            ? (fhir ? "application/fhir+json" : "text/csv")
            : ContentTypes[name[(marker + "--ct-".Length)..]];
    }

    /// <summary>The refusal's own words: OperationOutcome diagnostics on the FHIR route, problem+json elsewhere.</summary>
    private static string RefusalReason(string body, bool fhir)
    {
        var json = JsonDocument.Parse(body).RootElement;
        string? reason;
        if (fhir)
        {
            Assert.Equal("OperationOutcome", json.GetProperty("resourceType").GetString());
            reason = json.GetProperty("issue")[0].GetProperty("diagnostics").GetString();
        }
        else
        {
            Assert.True(json.TryGetProperty("status", out _), "not problem+json: " + body);
            reason = json.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? detail.GetString()
                : string.Join("; ", json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("message").GetString()));
        }

        Assert.False(string.IsNullOrWhiteSpace(reason), "a refusal that does not say what is wrong: " + body);
        return reason!;
    }
}
