using IntegrationHub.Functions.Tests.Deployment.Bicep;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The compiler checks are real: deliberately broken copies of bicep/ (in a temp folder, never the repository) fail
/// with the compiler's and the linter's own messages.
/// </summary>
public sealed class BrokenTemplateTests(LintFindingsOfABrokenCopy lint) : IClassFixture<LintFindingsOfABrokenCopy>
{
    [Fact]
    public void TemplateUsingAnUndeclaredName_FailsToBuildWithTheCompilersError()
    {
        using var copy = new BrokenTemplateCopy();
        copy.Append("main.bicep", "output broken string = notDeclaredAnywhere");

        var error = Assert.Throws<BicepCompilationException>(() => CompiledDeployment.Compile(copy.Path, copy.Path));

        Assert.Equal(1, error.Run.ExitCode);
        Assert.Contains("main.bicep", error.Message, StringComparison.Ordinal);
        Assert.Contains("Error BCP057: The name \"notDeclaredAnywhere\" does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy.Path, "main.json")));
    }

    [Fact]
    public void ModuleWithAnUnusedParameter_IsALintFindingThoughTheCompilerPassesIt()
    {
        var finding = Assert.Single(lint.Diagnostics, d => d.RuleId == "no-unused-params");

        Assert.Equal("warning", finding.Level);
        Assert.Contains("identity.bicep", finding.File, StringComparison.Ordinal);
        Assert.Contains("\"neverUsed\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleWithAHardCodedLocation_FailsWithTheRuleBicepconfigJsonMakesAnError()
    {
        var finding = Assert.Single(lint.Diagnostics, d => d.RuleId == "no-hardcoded-location");

        Assert.Equal("error", finding.Level);
        Assert.Contains("monitoring.bicep", finding.File, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenCopy_HasNoFindingsButTheTwoPutThere()
    {
        // BCP104 ("the referenced module has errors") is main.bicep's echo of the module's error.
        Assert.Equal(
            ["BCP104", "no-hardcoded-location", "no-unused-params"],
            lint.Diagnostics.Select(d => d.RuleId).Distinct().Order(StringComparer.Ordinal));
    }
}
