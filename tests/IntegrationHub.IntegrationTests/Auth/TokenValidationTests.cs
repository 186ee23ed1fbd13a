using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Auth;

/// <summary>Tokens that must not get in: each is refused with 401 and a problem body, before any data is read.</summary>
[Collection(HubCollection.Name)]
public sealed class TokenValidationTests(SharedHubApp app)
{
    private const string Route = "/api/ia/S37000034/activity?month=2026-10";

    public static TheoryData<string, Func<SharedHubApp, string>> Refused => new()
    {
        { "expired", a => DevelopmentTokens.Issue(a.SigningKey, TimeProvider.System.GetUtcNow().AddHours(-3), "Analyst", null, ["S37000034"], lifetime: TimeSpan.FromHours(1)) },
        { "signed with another key", _ => DevelopmentTokens.Issue(DevelopmentTokens.NewSigningKey(), TimeProvider.System.GetUtcNow(), "Analyst", null, ["S37000034"]) },
        { "wrong audience", a => DevelopmentTokens.Issue(a.SigningKey, TimeProvider.System.GetUtcNow(), "Analyst", null, ["S37000034"], audience: "api://someone-else") },
        { "wrong issuer", a => DevelopmentTokens.Issue(a.SigningKey, TimeProvider.System.GetUtcNow(), "Analyst", null, ["S37000034"], issuer: "https://evil.example/") },
        { "alg none, unsigned", _ => Unsigned() },
        { "signature stripped", a => string.Join('.', a.Token("Analyst", null, "S37000034").Split('.')[..2]) + "." },
        { "not a JWT", _ => "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task BadToken_Gets401(string why, Func<SharedHubApp, string> token)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token(app));

        using var response = await client.GetAsync(Route);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task TheSameTokenProperlySigned_GetsIn()
    {
        using var client = app.ClientFor("Analyst", null, "S37000034");

        using var response = await client.GetAsync(Route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnotherOrgsSubmission_IsForbidden()
    {
        using var owner = app.ClientFor("Submitter", "S12000049");
        using var other = app.ClientFor("Submitter", "S12000036");
        using var accepted = await owner.PostAsync("/api/social-care/extracts", new StringContent("sending_location,social_care_id,period,service,service_type,service_start_date\n260," + Guid.NewGuid().ToString("N")[..8] + ",2026Q2,AT,1,2026-07-01\n", Encoding.UTF8, "text/csv"));

        using var response = await other.GetAsync(accepted.Content.Headers.ContentLocation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Unsigned()
    {
        static string Part(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new Dictionary<string, object>
        {
            ["iss"] = DevelopmentTokens.Issuer,
            ["aud"] = DevelopmentTokens.Audience,
            ["sub"] = "intruder",
            ["nbf"] = now,
            ["exp"] = now + 3600,
            ["roles"] = new[] { "Analyst", "Admin" },
            ["ia"] = new[] { "S37000034" },
        }) + ".";
    }
}
