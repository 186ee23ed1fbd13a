using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>The app identity gets exactly the data-plane roles the README documents, on the resources it names, and nothing broader.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class RoleAssignmentTests(CompiledDeployment deployment)
{
    // Built-in role definition ids as Azure documents them, and the resource each is given on (README "Deploy to Azure").
    private static readonly Dictionary<string, (string Role, string ScopeType)> DocumentedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = ("Storage Blob Data Contributor", "Microsoft.Storage/storageAccounts"),
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = ("Storage Queue Data Contributor", "Microsoft.Storage/storageAccounts"),
        ["4633458b-17de-408a-b874-0445c86b69e6"] = ("Key Vault Secrets User", "Microsoft.KeyVault/vaults"),
        ["00000000-0000-0000-0000-000000000002"] = ("Cosmos DB Built-in Data Contributor", "Microsoft.DocumentDB/databaseAccounts"),
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = ("Azure Service Bus Data Sender", "Microsoft.ServiceBus/namespaces/topics"),
    };

    private static readonly Dictionary<string, string> BroadRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a1-95d8-dcafbcca32aa"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["00000000-0000-0000-0000-000000000001"] = "Cosmos DB Built-in Data Reader",
        ["090c5cfd-751d-490a-894a-3ce6f1109419"] = "Azure Service Bus Data Owner",
        ["4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0"] = "Azure Service Bus Data Receiver",
    };

    [Fact]
    public void RoleAssignments_AreExactlyTheDocumentedRolesEachOnItsResource()
    {
        var grants = deployment.Snapshot.RoleGrants();

        Assert.Equal(
            DocumentedRoles.Select(r => $"{r.Value.Role} on {r.Value.ScopeType}").Order(StringComparer.Ordinal),
            grants.Select(g => $"{(DocumentedRoles.TryGetValue(g.RoleId, out var r) ? r.Role : g.RoleId)} on {g.ScopeType}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRoleAssignment_GoesToTheUserAssignedIdentity()
    {
        var identity = deployment.Snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var grants = deployment.Snapshot.RoleGrants();

        Assert.NotEmpty(grants);
        Assert.All(grants, g => Assert.True(
            DeploymentSnapshot.IsRuntimeValue(g.PrincipalId, identity, "principalId"),
            $"{g.RoleId} goes to {g.PrincipalId}"));
        Assert.All(
            deployment.Snapshot.OfType("Microsoft.Authorization/roleAssignments"),
            r => Assert.Equal("ServicePrincipal", r.StringAt("properties.principalType")));
    }

    [Fact]
    public void RoleDefinitionIds_AreBuiltInRolesOfTheSubscriptionAndTheCosmosAccountsOwnSqlRole()
    {
        foreach (var grant in deployment.Snapshot.RoleGrants())
        {
            var expected = grant.ScopeType == "Microsoft.DocumentDB/databaseAccounts"
                ? $"{grant.ScopeId}/sqlRoleDefinitions/{grant.RoleId}"
                : $"/subscriptions/{CompiledDeployment.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{grant.RoleId}";
            Assert.Equal(expected, grant.RoleDefinitionId, ignoreCase: true);
        }
    }

    [Fact]
    public void CompiledTemplate_NamesNoBroadRole()
    {
        Assert.All(BroadRoles, role => Assert.DoesNotContain(role.Key, deployment.TemplateText, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Readme_DocumentsEveryRoleId()
    {
        var readme = Repository.Read("README.md");

        Assert.All(DocumentedRoles, role => Assert.Contains(role.Key, readme, StringComparison.OrdinalIgnoreCase));
    }
}
