using System.Security.Claims;
using IntegrationHub.Domain.Audit;
using IntegrationHub.Functions.Auth;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Functions.Audit;

/// <summary>The audit trail's view of a validated token: subject, name, roles and the org / IA claims.</summary>
public static class AuditActors
{
    /// <summary>Entra ID's display-name claim (present in user tokens, absent in client-credential ones).</summary>
    public const string NameClaim = "name";

    public static AuditActor From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return AuditActor.Anonymous;
        }

        return new AuditActor
        {
            Subject = user.FindFirst("sub")?.Value,
            Name = user.FindFirst(NameClaim)?.Value,
            Roles = [.. user.FindAll(HubClaims.Roles).Select(c => c.Value).Order(StringComparer.Ordinal)],
            Org = user.Org(),
            Ias = [.. user.Ias().Order(StringComparer.Ordinal)],
        };
    }
}
