using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// <c>bicep snapshot</c> of the compiled template: the resources a deployment with main.parameters.json would
/// create, read with System.Text.Json. The questions the consistency tests ask of the deployment are answered here.
/// </summary>
public sealed partial class DeploymentSnapshot
{
    private DeploymentSnapshot(IReadOnlyList<PredictedResource> resources, IReadOnlyDictionary<string, JsonElement> outputs)
    {
        Resources = resources;
        Outputs = outputs;
    }

    public IReadOnlyList<PredictedResource> Resources { get; }

    public IReadOnlyDictionary<string, JsonElement> Outputs { get; }

    public static DeploymentSnapshot Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var resources = root.GetProperty("predictedResources").EnumerateArray()
            .Select(r => new PredictedResource(
                r.GetProperty("type").GetString()!,
                r.GetProperty("name").GetString()!,
                r.GetProperty("id").GetString()!,
                r.TryGetProperty("condition", out var condition) ? condition.GetString() : null,
                r.Clone()))
            .ToList();
        var outputs = root.TryGetProperty("outputs", out var o)
            ? o.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : [];
        return new DeploymentSnapshot(resources, outputs);
    }

    public IReadOnlyList<PredictedResource> OfType(string type) =>
        [.. Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase))];

    public PredictedResource Single(string type)
    {
        var found = OfType(type);
        Assert.True(found.Count == 1, $"expected one {type}, the deployment has {found.Count}");
        return found[0];
    }

    /// <summary>The leaf names of every resource of a child type: queue names, blob container names.</summary>
    public IReadOnlyList<string> NamesOf(string type) => [.. OfType(type).Select(r => r.LeafName).Order(StringComparer.Ordinal)];

    /// <summary>The Function App's app settings: the one <c>Microsoft.Web/sites/config</c> named appsettings.</summary>
    public IReadOnlyDictionary<string, JsonElement> AppSettings()
    {
        var configs = OfType("Microsoft.Web/sites/config").Where(r => r.LeafName == "appsettings").ToList();
        Assert.True(configs.Count == 1, $"expected one appsettings config resource, the deployment has {configs.Count}");
        return configs[0].Properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Cosmos SQL containers by name, with partition key and indexed paths.</summary>
    public IReadOnlyDictionary<string, CosmosContainerSpec> CosmosContainers() =>
        OfType("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers").ToDictionary(
            c => c.StringAt("properties.resource.id") ?? c.LeafName,
            c =>
            {
                var resource = c.Properties.GetProperty("resource");
                var paths = resource.GetProperty("partitionKey").GetProperty("paths").EnumerateArray().Select(p => p.GetString()!).ToList();
                Assert.True(paths.Count == 1, $"{c.Name} has {paths.Count} partition key paths; the app uses one");
                var indexing = resource.GetProperty("indexingPolicy");
                return new CosmosContainerSpec(paths[0], PathsOf(indexing, "includedPaths"), PathsOf(indexing, "excludedPaths"));
            },
            StringComparer.Ordinal);

    /// <summary>Every role assignment, Azure RBAC and Cosmos DB data-plane, with its role id and the resource it scopes.</summary>
    public IReadOnlyList<RoleGrant> RoleGrants()
    {
        var rbac = OfType("Microsoft.Authorization/roleAssignments").Select(r =>
        {
            // An assignment on a resource has the id extensionResourceId('<scope>', ...); a bare id would be resource-group wide.
            var scope = ExtensionScope().Match(r.Id) is { Success: true } m ? m.Groups["scope"].Value : r.Id;
            return Grant(r.StringAt("properties.roleDefinitionId")!, scope, r.StringAt("properties.principalId")!);
        });
        var cosmos = OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments").Select(r =>
            Grant(r.StringAt("properties.roleDefinitionId")!, r.StringAt("properties.scope")!, r.StringAt("properties.principalId")!));
        return [.. rbac.Concat(cosmos)];
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a property of <paramref name="resource"/> that only Azure knows, as the
    /// snapshot leaves it: <c>[reference('&lt;resource id&gt;', '&lt;api version&gt;').&lt;property&gt;]</c>.
    /// </summary>
    public static bool IsRuntimeValue(string? value, PredictedResource resource, string property) =>
        value is not null && Regex.IsMatch(value, $@"^\[reference\('{Regex.Escape(resource.Id)}', '[^']+'\)\.{Regex.Escape(property)}\]$");

    private RoleGrant Grant(string roleDefinitionId, string scopeId, string principalId)
    {
        var scope = Resources.FirstOrDefault(r => string.Equals(r.Id, scopeId, StringComparison.OrdinalIgnoreCase));
        return new RoleGrant(
            roleDefinitionId[(roleDefinitionId.LastIndexOf('/') + 1)..].ToLowerInvariant(),
            roleDefinitionId,
            scope?.Type ?? "(not a resource of this deployment)",
            scopeId,
            principalId);
    }

    private static List<string> PathsOf(JsonElement indexing, string name) =>
        indexing.TryGetProperty(name, out var paths) ? [.. paths.EnumerateArray().Select(p => p.GetProperty("path").GetString()!)] : [];

    [GeneratedRegex(@"^\[extensionResourceId\('(?<scope>[^']+)', 'Microsoft\.Authorization/roleAssignments'")]
    private static partial Regex ExtensionScope();
}
