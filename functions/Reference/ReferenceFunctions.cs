using IntegrationHub.Domain.Reference;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Reference;

/// <summary><c>GET /api/reference/integration-authorities</c>: the 31 IAs with their councils and boards (CONTRACT §3).</summary>
public sealed class ReferenceFunctions
{
    [Function("GetIntegrationAuthorities")]
    [Authorize(Policy = HubPolicies.AnyAuthenticated)]
    public IResult IntegrationAuthorities(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reference/integration-authorities")] HttpRequest request) =>
        Results.Json(IntegrationAuthorities(ReferenceData.Scotland));

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
