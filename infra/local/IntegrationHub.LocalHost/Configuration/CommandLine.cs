namespace IntegrationHub.LocalHost.Configuration;

/// <summary>The command-line switches, mapped onto <see cref="LocalHostOptions"/> so they bind like any other setting.</summary>
public static class CommandLine
{
    public static IDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--worker"] = LocalHostOptions.SectionName + ":" + nameof(LocalHostOptions.Worker),
        ["--urls"] = LocalHostOptions.SectionName + ":" + nameof(LocalHostOptions.Urls),
        ["--script-root"] = LocalHostOptions.SectionName + ":" + nameof(LocalHostOptions.ScriptRoot),
        ["--startup-timeout"] = LocalHostOptions.SectionName + ":" + nameof(LocalHostOptions.StartupTimeout),
    };

    public const string Usage =
        "usage: IntegrationHub.LocalHost --worker <worker .dll or apphost> [--urls http://127.0.0.1:7071] " +
        "[--script-root <folder with host.json; default the worker's folder>] [--startup-timeout 00:01:00]";
}
