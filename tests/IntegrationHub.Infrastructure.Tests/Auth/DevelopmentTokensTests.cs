using System.Text;
using System.Text.Json;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Infrastructure.Tests.Auth;

public sealed class DevelopmentTokensTests
{
    [Fact]
    public void IssuedToken_CarriesRoleOrgIasAndLifetime()
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        var token = DevelopmentTokens.Issue(DevelopmentTokens.NewSigningKey(), now, "Analyst", null, ["S37000034", "S37000012"], lifetime: TimeSpan.FromMinutes(5));

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var payload = JsonDocument.Parse(FromBase64Url(parts[1])).RootElement;
        Assert.Equal("Analyst", payload.GetProperty("roles")[0].GetString());
        Assert.Equal(["S37000034", "S37000012"], payload.GetProperty("ia").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(now.AddMinutes(5).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
        Assert.False(payload.TryGetProperty("org", out _));
    }

    [Fact]
    public void NewSigningKey_IsRandom256Bits()
    {
        var a = DevelopmentTokens.NewSigningKey();

        Assert.Equal(32, Convert.FromBase64String(a).Length);
        Assert.NotEqual(a, DevelopmentTokens.NewSigningKey());
    }

    private static string FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
