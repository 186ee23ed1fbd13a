namespace IntegrationHub.Functions.Hosting;

public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// Run queue and timer triggers inside the app. Defaults to on unless the Functions host started us
    /// (it sets FUNCTIONS_CUSTOMHANDLER_PORT and runs the triggers itself).
    /// </summary>
    public bool? RunTriggers { get; set; }

    /// <summary>
    /// Serve <c>POST /{FunctionName}</c> invocations. Defaults to on only under the Functions host, so a
    /// standalone app does not expose unauthenticated trigger endpoints.
    /// </summary>
    public bool? ServeInvocations { get; set; }

    /// <summary>Longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Delay before a failed message is visible again (the host uses its own backoff in Azure).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Folder holding host.json and the function folders; defaults to the app's base directory.</summary>
    public string? FunctionsRoot { get; set; }
}
