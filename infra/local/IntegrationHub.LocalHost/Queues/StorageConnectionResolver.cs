using Azure.Storage.Queues;

namespace IntegrationHub.LocalHost.Queues;

/// <summary>
/// Finds a binding's storage connection where the real host looks: AzureWebJobs&lt;name&gt; then &lt;name&gt;, each as a
/// connection string or under ConnectionStrings, either as a value or as a section's connectionString;
/// an empty name means AzureWebJobsStorage. Identity-based connections (serviceUri) need Azure, not Azurite.
/// </summary>
public sealed class StorageConnectionResolver
{
    public const string DefaultConnectionName = "AzureWebJobsStorage";
    private const string Prefix = "AzureWebJobs";

    private readonly IConfiguration configuration;

    public StorageConnectionResolver(IConfiguration configuration)
    {
        this.configuration = configuration;
    }

    public QueueServiceClient CreateClient(string? connectionName, bool base64)
    {
        var options = new QueueClientOptions { MessageEncoding = base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None };
        return new QueueServiceClient(ConnectionString(connectionName), options);
    }

    public string ConnectionString(string? connectionName)
    {
        var name = string.IsNullOrWhiteSpace(connectionName) ? DefaultConnectionName : connectionName;
        var names = name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? [name] : new[] { Prefix + name, name };
        foreach (var candidate in names)
        {
            var section = configuration.GetSection("ConnectionStrings:" + candidate) is { Value: { Length: > 0 } } connectionStrings
                ? connectionStrings
                : configuration.GetSection(candidate);
            if (!string.IsNullOrWhiteSpace(section.Value))
            {
                return section.Value;
            }

            if (section["connectionString"] is { Length: > 0 } nested)
            {
                return nested;
            }

            if (section.GetChildren().Any())
            {
                throw new InvalidOperationException(
                    $"storage connection \"{name}\" is identity-based ({candidate}:serviceUri …); the local host needs a connection string");
            }
        }

        throw new InvalidOperationException(
            $"storage connection \"{name}\" is not set: give app setting {name} (or {Prefix}{name}, or ConnectionStrings:{name}) a connection string");
    }
}
