using System.Xml.Linq;
using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>Every template compiles and lints clean with the pinned compiler; warnings count as failures.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class BicepCompilationTests(CompiledDeployment deployment)
{
    [Fact]
    public void EveryBicepFile_IsLintedWithNoWarningOrError()
    {
        var files = Directory.EnumerateFiles(Repository.BicepDir, "*.bicep", SearchOption.AllDirectories).Count();

        Assert.Equal(files, deployment.LintedFiles);
        Assert.True(deployment.Diagnostics.Count == 0, "bicep lint:\n" + string.Join('\n', deployment.Diagnostics));
    }

    [Fact]
    public void MainTemplate_BuildsWithNoWarning()
    {
        // bicep build prints its warnings, modules' included, on stderr and still exits 0.
        Assert.True(deployment.Build.StandardError.Trim().Length == 0, "bicep build:\n" + deployment.Build.StandardError);
    }

    [Fact]
    public void CompiledTemplate_IsGeneratedByTheCompilerVersionDirectoryPackagesPropsPins()
    {
        var pinned = XDocument.Load(Repository.File("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "Azure.Bicep.CommandLine.linux-x64")
            .Attribute("Version")!.Value;

        var generator = deployment.Template.RootElement.GetProperty("metadata").GetProperty("_generator");

        Assert.Equal("bicep", generator.GetProperty("name").GetString());
        Assert.StartsWith(pinned + ".", generator.GetProperty("version").GetString(), StringComparison.Ordinal);
    }
}
