using IntegrationHub.Functions.Api;
using IntegrationHub.Functions.Audit;
using IntegrationHub.Functions.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace IntegrationHub.Functions.Edge;

/// <summary>
/// Authenticates every HTTP function's request with the bearer scheme and applies the function's
/// <c>[Authorize(Policy = …)]</c>, as ASP.NET Core's authorization middleware does for endpoints. A function without
/// <c>[AllowAnonymous]</c> needs at least an authenticated caller, so a function that forgets its attribute is closed,
/// not open. A function marked <see cref="IaScopedAttribute"/> is also refused (403, then 404) for an IA the token
/// does not name. Refusals are 401/403 in the route's error shape (OperationOutcome on FHIR routes, problem+json
/// elsewhere); a refusal of an <see cref="IdentifiableAttribute"/> function is also recorded in the audit trail.
/// </summary>
public sealed class AuthorizationMiddleware(FunctionMethods methods, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator, AuditRecorder audit) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var name = context.FunctionDefinition.Name;
        if (context.GetHttpContext() is not { } http || methods.Attribute<AllowAnonymousAttribute>(name) is not null)
        {
            await next(context);
            return;
        }

        var policyName = methods.Attribute<AuthorizeAttribute>(name)?.Policy ?? HubPolicies.AnyAuthenticated;
        var policy = await policies.GetPolicyAsync(policyName)
            ?? throw new InvalidOperationException($"Function {name} names the authorization policy '{policyName}', which is not registered.");

        var authentication = await http.AuthenticateAsync();
        if (authentication.Succeeded)
        {
            http.User = authentication.Principal;
        }

        var result = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null);
        if ((result.Challenged || result.Forbidden) && methods.Attribute<IdentifiableAttribute>(name) is not null)
        {
            await audit.RecordRefusalAsync(context, result.Challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, context.CancellationToken);
        }

        if (result.Challenged)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            context.GetInvocationResult().Value = ErrorShape.For(http, StatusCodes.Status401Unauthorized, "A valid bearer token is required.");
            return;
        }

        if (result.Forbidden)
        {
            context.GetInvocationResult().Value = ErrorShape.For(http, StatusCodes.Status403Forbidden, "The token's role does not allow this request.");
            return;
        }

        if (methods.Attribute<IaScopedAttribute>(name) is not null
            && IaAccess.Refuse(http, http.Request.RouteValues[IaScopedAttribute.RouteValue] as string ?? string.Empty, http.User.Ias()) is { } refused)
        {
            context.GetInvocationResult().Value = refused;
            return;
        }

        await next(context);
    }
}
