using System.Security.Claims;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Functions.Auth;

/// <summary>Reads the contract's claims from a validated token.</summary>
public static class HubPrincipal
{
    public static string? Org(this ClaimsPrincipal user) => user.FindFirst(HubClaims.Org)?.Value;

    public static IReadOnlySet<string> Ias(this ClaimsPrincipal user) =>
        user.FindAll(HubClaims.Ia).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(HubClaims.Admin);

    public static bool IsBoard(string? org) => org is { Length: 9 } && org.StartsWith("S08", StringComparison.Ordinal);

    public static bool IsCouncil(string? org) => org is { Length: 9 } && org.StartsWith("S12", StringComparison.Ordinal);
}
