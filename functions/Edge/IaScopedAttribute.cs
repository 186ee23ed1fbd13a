namespace IntegrationHub.Functions.Edge;

/// <summary>
/// The function answers for the IA in its route's <c>{ia}</c>: <see cref="AuthorizationMiddleware"/> refuses it with
/// 403 unless the token's <c>ia</c> claims name that IA, then 404 for a code that is no IA, before the function runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class IaScopedAttribute : Attribute
{
    public const string RouteValue = "ia";
}
