using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>
/// Every way a bearer token can be wrong gets 401 in the route's error shape, on every kind of route. Each token
/// carries exactly the claims the route needs, so the one defect is the only reason to refuse it; a control
/// with a valid token proves the route itself does not answer 401.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class TokenValidationTests(SharedHubApp app)
{
    private const string Board = "S08000031";
    private const string Council = "S12000049";
    private const string Orkney = "S37000022";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var defect in Defects)
        {
            foreach (var route in Routes.Keys)
            {
                data.Add(defect, route);
            }
        }

        return data;
    }

    private static readonly string[] Defects =
    [
        "expired", "expired-just-beyond-clock-skew", "not-yet-valid", "no-expiry", "wrong-signature", "tampered-payload",
        "alg-none", "alg-none-keeping-signature", "hs512-with-the-right-key", "wrong-audience", "wrong-issuer",
        "not-a-jwt", "signature-stripped", "bearer-without-token", "basic-scheme",
    ];

    private static readonly Dictionary<string, Route> Routes = new()
    {
        ["fhir"] = new(HttpMethod.Post, "/api/fhir", HubClaims.Submitter, Board, [], "application/fhir+json", Fhir: true),
        ["extracts"] = new(HttpMethod.Post, "/api/social-care/extracts", HubClaims.Submitter, Council, [], "text/csv", Fhir: false),
        ["submission"] = new(HttpMethod.Get, "/api/submissions/" + Guid.NewGuid().ToString("N"), HubClaims.Submitter, Board, [], null, Fhir: false),
        ["ia-activity"] = new(HttpMethod.Get, $"/api/ia/{Orkney}/activity?month=2019-04", HubClaims.Analyst, null, [Orkney], null, Fhir: false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DefectiveToken_Gets401InTheRoutesErrorShape(string defect, string routeName)
    {
        var route = Routes[routeName];
        using var client = app.CreateClient();
        using var request = route.Request(Authorization(defect, route));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (route.Fhir)
        {
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
            Assert.Equal("login", body.GetProperty("issue")[0].GetProperty("code").GetString());
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, body.GetProperty("status").GetInt32());
        }
    }

    [Theory]
    [InlineData("fhir", HttpStatusCode.BadRequest)]
    [InlineData("extracts", HttpStatusCode.BadRequest)]
    [InlineData("submission", HttpStatusCode.NotFound)]
    [InlineData("ia-activity", HttpStatusCode.OK)]
    public async Task ValidToken_IsNotRefused(string routeName, HttpStatusCode expected)
    {
        var route = Routes[routeName];
        using var client = app.CreateClient();
        using var request = route.Request(new AuthenticationHeaderValue("Bearer", Valid(route)));

        using var response = await client.SendAsync(request);

        // An empty body is a 400 on the submit routes: the token got through, nothing is accepted.
        Assert.Equal(expected, response.StatusCode);
    }

    private AuthenticationHeaderValue? Authorization(string defect, Route route)
    {
        var now = TimeProvider.System.GetUtcNow();
        var key = Convert.FromBase64String(app.SigningKey);
        var claims = HandMadeTokens.Claims(now, route.Role, route.Org, route.Ias);
        var token = defect switch
        {
            "expired" => DevelopmentTokens.Issue(app.SigningKey, now.AddHours(-2), route.Role, route.Org, route.Ias, lifetime: TimeSpan.FromHours(1)),
            // The app allows two minutes of clock skew; three minutes past expiry is outside it.
            "expired-just-beyond-clock-skew" => DevelopmentTokens.Issue(app.SigningKey, now.AddMinutes(-63), route.Role, route.Org, route.Ias, lifetime: TimeSpan.FromHours(1)),
            "not-yet-valid" => DevelopmentTokens.Issue(app.SigningKey, now.AddMinutes(10), route.Role, route.Org, route.Ias),
            "no-expiry" => DevelopmentTokens.Sign(Without(claims, "exp"), key),
            "wrong-signature" => DevelopmentTokens.Issue(DevelopmentTokens.NewSigningKey(), now, route.Role, route.Org, route.Ias),
            "tampered-payload" => Tampered(Valid(route), route),
            "alg-none" => HandMadeTokens.Unsigned(claims),
            "alg-none-keeping-signature" => HandMadeTokens.Unsigned(claims) + Valid(route).Split('.')[2],
            "hs512-with-the-right-key" => HandMadeTokens.Hmac(claims, key, "HS512"),
            "wrong-audience" => DevelopmentTokens.Issue(app.SigningKey, now, route.Role, route.Org, route.Ias, audience: "api://someone-else"),
            "wrong-issuer" => DevelopmentTokens.Issue(app.SigningKey, now, route.Role, route.Org, route.Ias, issuer: "https://evil.example/dev"),
            "not-a-jwt" => "not-a-jwt",
            "signature-stripped" => string.Join('.', Valid(route).Split('.')[..2]) + ".",
            "bearer-without-token" => null,
            "basic-scheme" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "unknown defect"),
        };
        return defect switch
        {
            "bearer-without-token" => new AuthenticationHeaderValue("Bearer"),
            "basic-scheme" => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("S08000031:password"))),
            _ => new AuthenticationHeaderValue("Bearer", token),
        };
    }

    private string Valid(Route route) =>
        DevelopmentTokens.Issue(app.SigningKey, TimeProvider.System.GetUtcNow(), route.Role, route.Org, route.Ias);

    /// <summary>Keeps header and signature of a valid token but swaps the payload for one naming another org.</summary>
    private static string Tampered(string token, Route route)
    {
        var parts = token.Split('.');
        var claims = HandMadeTokens.Claims(TimeProvider.System.GetUtcNow(), HubClaims.Admin, route.Org, route.Ias);
        var payload = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(claims)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static Dictionary<string, object> Without(Dictionary<string, object> claims, string name)
    {
        claims.Remove(name);
        return claims;
    }

    private sealed record Route(HttpMethod Method, string Path, string Role, string? Org, string[] Ias, string? ContentType, bool Fhir)
    {
        public HttpRequestMessage Request(AuthenticationHeaderValue? authorization)
        {
            var request = new HttpRequestMessage(Method, Path);
            request.Headers.Authorization = authorization;
            if (ContentType is not null)
            {
                request.Content = new ByteArrayContent([]);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
            }

            return request;
        }
    }
}
