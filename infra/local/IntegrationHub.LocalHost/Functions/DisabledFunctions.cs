namespace IntegrationHub.LocalHost.Functions;

/// <summary>
/// The real host's switch for turning a function off without a build: app setting AzureWebJobs.&lt;name&gt;.Disabled
/// (or AzureWebJobs__&lt;name&gt;__Disabled where a shell allows no dots) set to true or 1. A disabled function is
/// loaded but never triggered: no listener, no timer, and its HTTP route answers 404.
/// </summary>
public sealed class DisabledFunctions
{
    private readonly IConfiguration configuration;

    public DisabledFunctions(IConfiguration configuration)
    {
        this.configuration = configuration;
    }

    public bool IsDisabled(string functionName) =>
        IsSet(configuration[$"AzureWebJobs.{functionName}.Disabled"]) || IsSet(configuration[$"AzureWebJobs:{functionName}:Disabled"]);

    private static bool IsSet(string? value) =>
        value is not null && (value.Trim() == "1" || (bool.TryParse(value, out var disabled) && disabled));
}
