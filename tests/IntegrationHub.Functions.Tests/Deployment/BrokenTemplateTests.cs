using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The compiler checks are real: a deliberately broken copy of bicep/ (in a temp folder, never the repository) fails
/// with the compiler's own message.
/// </summary>
public sealed class BrokenTemplateTests : IDisposable
{
    private readonly string copy = Path.Combine(Path.GetTempPath(), "hub-bicep-broken-" + Guid.NewGuid().ToString("N"));

    public BrokenTemplateTests()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.BicepDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Repository.BicepDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void TemplateUsingAnUndeclaredName_FailsToBuildWithTheCompilersError()
    {
        File.AppendAllText(Path.Combine(copy, "main.bicep"), "\noutput broken string = notDeclaredAnywhere\n");

        var error = Assert.Throws<BicepCompilationException>(() => CompiledDeployment.Compile(copy, copy));

        Assert.Equal(1, error.Run.ExitCode);
        Assert.Contains("main.bicep", error.Message, StringComparison.Ordinal);
        Assert.Contains("Error BCP057: The name \"notDeclaredAnywhere\" does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy, "main.json")));
    }

    [Fact]
    public void ModuleWithAnUnusedParameter_FailsTheLintCheckWithTheLintersRule()
    {
        File.AppendAllText(Path.Combine(copy, "modules", "identity.bicep"), "\nparam neverUsed string = ''\n");

        var (_, diagnostics) = BicepLint.Run(copy);

        var finding = Assert.Single(diagnostics);
        Assert.Equal("no-unused-params", finding.RuleId);
        Assert.Equal("warning", finding.Level);
        Assert.Contains("identity.bicep", finding.File, StringComparison.Ordinal);
        Assert.Contains("\"neverUsed\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleWithAHardCodedLocation_FailsWithTheRuleBicepconfigJsonMakesAnError()
    {
        var module = Path.Combine(copy, "modules", "identity.bicep");
        var text = File.ReadAllText(module);
        Assert.Contains("\n  location: location\n", text, StringComparison.Ordinal);
        File.WriteAllText(module, text.Replace("\n  location: location\n", "\n  location: 'uksouth'\n", StringComparison.Ordinal));

        var (_, diagnostics) = BicepLint.Run(copy);

        var finding = Assert.Single(diagnostics, d => d.RuleId == "no-hardcoded-location");
        Assert.Equal("error", finding.Level);
        Assert.Contains("identity.bicep", finding.File, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
