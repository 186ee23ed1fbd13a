using System.Text.RegularExpressions;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>The app identity gets exactly the data-plane roles the README documents, and nothing broader.</summary>
public sealed partial class RoleAssignmentTests
{
    // Built-in role definition ids as Azure documents them; the Cosmos one is a data-plane SQL role definition.
    private static readonly Dictionary<string, string> DocumentedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
        ["00000000-0000-0000-0000-000000000002"] = "Cosmos DB Built-in Data Contributor",
    };

    private static readonly Dictionary<string, string> BroadRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a1-95d8-dcafbcca32aa"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["00000000-0000-0000-0000-000000000001"] = "Cosmos DB Built-in Data Reader",
    };

    [Fact]
    public void RoleDefinitionIdsInBicep_AreExactlyTheDocumentedOnes()
    {
        var inBicep = GuidPattern().Matches(Repository.BicepText()).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inBicep.Where(BroadRoles.ContainsKey).Select(id => BroadRoles[id]));
        Assert.Equal(DocumentedRoles.Keys.Order(StringComparer.Ordinal), inBicep.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDocumentedRole_IsAssignedThroughARoleDefinitionId()
    {
        var bicep = Repository.BicepText();

        foreach (var (id, role) in DocumentedRoles)
        {
            var variable = Regex.Match(bicep, $@"^var (?<name>\w+) = '{id}'$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
            Assert.True(variable.Success, $"{role} ({id}) is not declared as a var in bicep/");
            Assert.Matches($@"(?m)^\s*roleDefinitionId: .*\b{variable.Groups["name"].Value}\b", bicep);
        }
    }

    [Fact]
    public void Readme_DocumentsEveryRoleId()
    {
        var readme = Repository.Read("README.md");

        Assert.All(DocumentedRoles, role => Assert.Contains(role.Key, readme, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
