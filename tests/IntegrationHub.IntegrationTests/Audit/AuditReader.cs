using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Infrastructure.Auth;
using IntegrationHub.IntegrationTests.Security;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Audit;

/// <summary>Tokens with a subject and name of the test's own, and the audit trail read back through the Admin route.</summary>
public static class AuditReader
{
    public static HttpClient ClientAs(HubAppFactory app, string subject, string role, string? org = null, params string[] ias)
    {
        var claims = HandMadeTokens.Claims(TimeProvider.System.GetUtcNow(), role, org, ias);
        claims["sub"] = subject;
        claims["name"] = "Auditee " + subject;

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Sign(claims, Convert.FromBase64String(app.SigningKey)));
        return client;
    }

    /// <summary>The records of yesterday to tomorrow (UTC) naming <paramref name="target"/>, read as an Admin.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RecordsAsync(HubAppFactory app, string target)
    {
        using var admin = app.ClientFor("Admin");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var answer = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/audit?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&target={Uri.EscapeDataString(target)}");
        return [.. answer.GetProperty("items").EnumerateArray()];
    }

    public static IReadOnlyList<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
