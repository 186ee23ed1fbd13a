using IntegrationHub.Functions.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace IntegrationHub.Functions.Auth;

/// <summary>Answers 401/403 in the route's error shape (OperationOutcome on FHIR routes, problem+json elsewhere).</summary>
public sealed class HubAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorShape.For(context, StatusCodes.Status401Unauthorized, "A valid bearer token is required.").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await ErrorShape.For(context, StatusCodes.Status403Forbidden, "The token's role does not allow this request.").ExecuteAsync(context);
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
