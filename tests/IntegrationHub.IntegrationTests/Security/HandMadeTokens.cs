using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.IntegrationTests.Security;

/// <summary>
/// Tokens an attacker or a mis-configured client could send: built by hand so the header and signature can be
/// wrong in ways <see cref="DevelopmentTokens"/> never produces.
/// </summary>
public static class HandMadeTokens
{
    /// <summary>A complete, valid claim set; tests then break exactly one thing about it.</summary>
    public static Dictionary<string, object> Claims(DateTimeOffset now, string role, string? org, IReadOnlyList<string> ias)
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = DevelopmentTokens.Issuer,
            ["aud"] = DevelopmentTokens.Audience,
            ["sub"] = "attacker",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            [HubClaims.Roles] = new[] { role },
        };
        if (org is not null)
        {
            claims[HubClaims.Org] = org;
        }

        if (ias.Count > 0)
        {
            claims[HubClaims.Ia] = ias;
        }

        return claims;
    }

    /// <summary>An unsigned JWT (<c>alg: none</c>, empty signature part), the classic signature-bypass attempt.</summary>
    public static string Unsigned(IReadOnlyDictionary<string, object> claims) =>
        Encode(new Dictionary<string, string> { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Encode(claims) + ".";

    /// <summary>An HMAC token with the header's <paramref name="alg"/> and a signature made with that algorithm.</summary>
    public static string Hmac(IReadOnlyDictionary<string, object> claims, byte[] key, string alg)
    {
        var signingInput = Encode(new Dictionary<string, string> { ["alg"] = alg, ["typ"] = "JWT" }) + "." + Encode(claims);
        var data = Encoding.ASCII.GetBytes(signingInput);
        var signature = alg switch
        {
            "HS256" => HMACSHA256.HashData(key, data),
            "HS384" => HMACSHA384.HashData(key, data),
            "HS512" => HMACSHA512.HashData(key, data),
            _ => throw new ArgumentOutOfRangeException(nameof(alg), alg, "HMAC algorithms only"),
        };
        return signingInput + "." + Base64Url(signature);
    }

    private static string Encode<T>(T value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
