using System.Text.Json;
using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>main.parameters.json fits the compiled template, and the outputs `./hub deploy` reads are there.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class TemplateParametersTests(CompiledDeployment deployment)
{
    private JsonElement TemplateParameters => deployment.Template.RootElement.GetProperty("parameters");

    [Fact]
    public void ParametersFile_NamesOnlyParametersTheTemplateDeclares()
    {
        var declared = TemplateParameters.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(ParameterFileNames(), name => Assert.Contains(name, declared));
    }

    [Fact]
    public void EveryParameterWithoutADefault_IsGivenByTheParametersFile()
    {
        var required = TemplateParameters.EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Name).ToList();

        Assert.NotEmpty(required);
        Assert.Subset(ParameterFileNames().ToHashSet(StringComparer.Ordinal), required.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void PseudonymisationKeyParameter_IsSecureAndOptional()
    {
        var key = TemplateParameters.GetProperty("pseudonymisationKey");

        Assert.Equal("securestring", key.GetProperty("type").GetString(), ignoreCase: true);
        Assert.Equal(string.Empty, key.GetProperty("defaultValue").GetString());
        Assert.DoesNotContain("pseudonymisationKey", ParameterFileNames());
    }

    [Fact]
    public void FunctionAppNameOutput_WhichHubDeployReads_IsTheDeployedSitesName()
    {
        Assert.Equal(
            deployment.Snapshot.Single("Microsoft.Web/sites").Name,
            deployment.Snapshot.Outputs["functionAppName"].GetString());
    }

    private static List<string> ParameterFileNames()
    {
        using var file = JsonDocument.Parse(Repository.Read("bicep", "main.parameters.json"));
        return [.. file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name)];
    }
}
