namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// A role the deployment gives, Azure RBAC or a Cosmos DB data-plane SQL role: the role's id (the definition id's
/// last segment), its full definition id, the resource it is scoped to and the principal it goes to.
/// </summary>
public sealed record RoleGrant(string RoleId, string RoleDefinitionId, string ScopeType, string ScopeId, string PrincipalId);
