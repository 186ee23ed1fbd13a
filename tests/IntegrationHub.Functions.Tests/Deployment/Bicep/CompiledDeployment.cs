using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IntegrationHub.Functions.Tests.Deployment.Bicep;

/// <summary>
/// The templates under bicep/ through the pinned compiler, once per test run: <c>bicep build</c> of main.bicep (the
/// ARM JSON <c>./hub deploy</c> deploys), <c>bicep lint</c> of every .bicep file, and <c>bicep snapshot</c> of the
/// compiled template with main.parameters.json in a fixed, made-up subscription and resource group.
/// </summary>
public sealed class CompiledDeployment : IDisposable
{
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";
    public const string ResourceGroup = "rg-integrationhub-test";
    public const string Location = "uksouth";

    private readonly string work = Path.Combine(Path.GetTempPath(), "hub-bicep-" + Guid.NewGuid().ToString("N"));

    public CompiledDeployment(IMessageSink diagnostics)
    {
        Directory.CreateDirectory(work);
        var watch = Stopwatch.StartNew();
        // Lint does not need the build's output: on a machine with a core to spare the two overlap.
        var lint = Task.Run(() => BicepLint.Run(Repository.BicepDir));
        Build = Compile(Repository.BicepDir, work);
        (LintedFiles, Diagnostics) = lint.GetAwaiter().GetResult();
        TemplateText = File.ReadAllText(Path.Combine(work, "main.json"));
        Template = JsonDocument.Parse(TemplateText);
        File.WriteAllText(Path.Combine(work, "main.bicepparam"), BicepParamFile.From("main.json", Repository.Read("bicep", "main.parameters.json")));
        BicepCompiler.Run(
            work, "snapshot", "main.bicepparam", "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--resource-group", ResourceGroup, "--location", Location);
        Snapshot = DeploymentSnapshot.Parse(File.ReadAllText(Path.Combine(work, "main.snapshot.json")));
        Elapsed = watch.Elapsed;

        // Shown by `dotnet test` (xunit.runner.json turns diagnostic messages on): what the compiler adds to a run.
        diagnostics.OnMessage(new DiagnosticMessage($"Bicep build + lint + snapshot of bicep/: {Elapsed.TotalSeconds:F1} s"));
    }

    public BicepRun Build { get; }

    public int LintedFiles { get; }

    public IReadOnlyList<BicepDiagnostic> Diagnostics { get; }

    /// <summary>The compiled ARM template (main.json), as text and parsed.</summary>
    public string TemplateText { get; }

    public JsonDocument Template { get; }

    public DeploymentSnapshot Snapshot { get; }

    /// <summary>How long build, lint and snapshot took together: what the compiler adds to a test run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary><c>bicep build</c> of <c>main.bicep</c> in <paramref name="bicepDir"/> into <paramref name="outDir"/>/main.json.</summary>
    public static BicepRun Compile(string bicepDir, string outDir) =>
        BicepCompiler.Run(bicepDir, "build", "main.bicep", "--outfile", Path.Combine(outDir, "main.json"));

    public void Dispose()
    {
        Template.Dispose();
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
