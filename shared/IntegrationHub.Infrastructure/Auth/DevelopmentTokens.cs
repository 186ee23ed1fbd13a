using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntegrationHub.Infrastructure.Auth;

/// <summary>
/// Issues HS256 JWTs signed with the development key, for <c>./hub token</c>, the demo and tests.
/// The app accepts them only in the Development environment.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "https://integrationhub.local/dev";
    public const string Audience = "api://integrationhub";

    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Issue(
        string signingKeyBase64,
        DateTimeOffset now,
        string role,
        string? org = null,
        IReadOnlyList<string>? ias = null,
        string subject = "dev-user",
        TimeSpan? lifetime = null,
        string issuer = Issuer,
        string audience = Audience)
    {
        var payload = new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["sub"] = subject,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime ?? TimeSpan.FromHours(8)).ToUnixTimeSeconds(),
            [HubClaims.Roles] = new[] { role },
        };
        if (org is not null)
        {
            payload[HubClaims.Org] = org;
        }

        if (ias is { Count: > 0 })
        {
            payload[HubClaims.Ia] = ias;
        }

        return Sign(payload, Convert.FromBase64String(signingKeyBase64));
    }

    public static string Sign(IReadOnlyDictionary<string, object> payload, byte[] key)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "JWT" }));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signingInput = header + "." + body;
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
