using System.Text.RegularExpressions;

namespace IntegrationHub.LocalHost.Configuration;

/// <summary>Replaces %Name% in binding properties (queue names, schedules) with app settings, as the real host's name resolver does.</summary>
public sealed partial class AppSettingResolver
{
    private readonly IConfiguration configuration;

    public AppSettingResolver(IConfiguration configuration)
    {
        this.configuration = configuration;
    }

    public string Resolve(string value) => Placeholder().Replace(value, match =>
        configuration[match.Groups[1].Value]
        ?? throw new InvalidOperationException($"app setting {match.Groups[1].Value} (named in \"{value}\") is not set"));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Placeholder();
}
