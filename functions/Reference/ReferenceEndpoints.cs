using IntegrationHub.Domain.Reference;
using IntegrationHub.Functions.Auth;

namespace IntegrationHub.Functions.Reference;

/// <summary><c>GET /api/reference/integration-authorities</c>: the 31 IAs with their councils and boards (CONTRACT §3).</summary>
public static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reference/integration-authorities", () => Results.Json(IntegrationAuthorities(ReferenceData.Scotland)))
            .RequireAuthorization(HubPolicies.AnyAuthenticated);
        return endpoints;
    }

    private static object IntegrationAuthorities(ReferenceData reference) => new
    {
        integrationAuthorities = reference.Ias.Select(ia => new
        {
            code = ia.Code,
            name = ia.Name,
            councils = ia.Councils.Select(c => new { code = c.Code, name = c.Name, sendingLocation = c.SendingLocation }),
            boards = ia.BoardCodes.Select(b => new { code = b, name = reference.BoardByCode(b)?.Name }),
        }),
    };
}
